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

describe("unverified facts say what would verify them", () => {
  it("is required by the schema, for a provision and for each statutory reference", async () => {
    const { Provision } = await import("../model/provision");
    const { StatutoryReference } = await import("../model/legal-basis");
    const offer = provisionById("kinship-local-offer");
    if (!offer) throw new Error("missing");
    const silent = Provision.safeParse({
      ...offer,
      verified: false,
      openQuestions: ["Which section?"],
      verifyBy: [],
    });
    expect(silent.error?.issues.map((i) => i.path.join("."))).toEqual(["verifyBy"]);
    const said = Provision.safeParse({
      ...offer,
      verified: false,
      openQuestions: ["Which section?"],
      verifyBy: ["The Act's contents page on legislation.gov.uk."],
    });
    expect(said.success).toBe(true);
    const ref = {
      act: "An Act",
      section: "s1",
      effect: "inserts",
      url: "https://example.org/",
      verified: false,
    };
    expect(StatutoryReference.safeParse(ref).error?.issues[0]?.path).toEqual(["verifyBy"]);
    expect(StatutoryReference.safeParse({ ...ref, verifyBy: "The enacted text of s1." }).success).toBe(true);
    expect(StatutoryReference.safeParse({ ...ref, verified: true }).success).toBe(true);
  });
});
