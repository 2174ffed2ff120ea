import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule529 } from "./rule-529";

describe("rule 529", () => {
  it("flags PR3 only with the placement types it cannot provide", () => {
    const Episodes = [
      { PLACE: "A3", PLACE_PROVIDER: "PR3" },
      { PLACE: "U6", PLACE_PROVIDER: "PR3" },
      { PLACE: "K2", PLACE_PROVIDER: "PR3" },
      { PLACE: "R2", PLACE_PROVIDER: "PR3" },
      { PLACE: "T1", PLACE_PROVIDER: "PR3" },
      { PLACE: "A3", PLACE_PROVIDER: "PR4" },
    ];
    expect(flagsOf(rule529, { Episodes })).toEqual({ Episodes: [0, 1, 2] });
  });
  conformanceTests(rule529);
});
