import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule224 } from "./rule-224";

describe("rule 224", () => {
  it("checks episodes with a URN against the provider lists", () => {
    const Episodes = [
      { CHILD: "1", PLACE_PROVIDER: "PR4", URN: "SC1" },
      { CHILD: "2", PLACE_PROVIDER: "PR1", URN: "SC1" },
      { CHILD: "3", PLACE_PROVIDER: "PR4", URN: "SC9" },
      { CHILD: "4", PLACE_PROVIDER: null, URN: "SC1" },
    ];
    expect(
      flagsOf(rule224, { Episodes }, { providers: [{ urn: "SC1", providerCodes: ["PR4", "PR5"] }] }),
    ).toEqual({ Episodes: [1, 2, 3] });
  });
  it("is skipped without the provider lists", () => {
    expect(flagsOf(rule224, { Episodes: [{ CHILD: "1", URN: "SC1" }] })).toEqual({});
  });
  conformanceTests(rule224);
});
