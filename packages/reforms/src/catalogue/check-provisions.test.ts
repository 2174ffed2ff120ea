import { describe, expect, it } from "vitest";
import { checkProvisions } from "./check-provisions";
import { provisionById } from "./provisions";

describe("checkProvisions", () => {
  it("finds nothing wrong with the shipped catalogue", () => {
    expect(checkProvisions()).toEqual([]);
  });

  it("reports duplicate ids, unknown sources, events before their source and silent unverified entries", () => {
    const offer = provisionById("kinship-local-offer");
    if (!offer) throw new Error("missing");
    const broken = {
      ...offer,
      sourceIds: ["no-such-source"],
      history: [
        {
          ...offer.history[0],
          status: "proposed" as const,
          date: "2020-01-01",
          datePrecision: "day" as const,
          sourceIds: ["championing-kinship-care-2023"],
        },
      ],
      verified: false,
      openQuestions: [],
    };
    const issues = checkProvisions([offer, broken]);
    expect(issues.map((i) => [i.rule, i.path.join(".")])).toEqual([
      ["reforms/provision-id-unique", "1.id"],
      ["reforms/source-known", "1.sourceIds.0"],
      ["reforms/event-not-before-source", "1.history.0.date"],
      ["reforms/unverified-has-open-question", "1.openQuestions"],
    ]);
  });
});
