import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule153 } from "./rule-153";

describe("rule 153", () => {
  it("passes all-given and all-blank records and flags partial ones", () => {
    const OC3 = [
      { CHILD: "1", IN_TOUCH: "YES", ACTIV: "F1", ACCOM: "B1" },
      { CHILD: "2", IN_TOUCH: null, ACTIV: null, ACCOM: null },
      { CHILD: "3", IN_TOUCH: "YES", ACTIV: null, ACCOM: null },
      { CHILD: "4", IN_TOUCH: "YES", ACTIV: "F1", ACCOM: null },
    ];
    expect(flagsOf(rule153, { OC3 })).toEqual({ OC3: [2, 3] });
  });
  conformanceTests(rule153);
});
