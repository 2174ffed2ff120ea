import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule345 } from "./rule-345";

describe("rule 345", () => {
  it("flags a 0 activity or accommodation when in touch", () => {
    const OC3 = [
      { IN_TOUCH: "YES", ACTIV: "0", ACCOM: "B" },
      { IN_TOUCH: "YES", ACTIV: "F1", ACCOM: "0" },
      { IN_TOUCH: "YES", ACTIV: "F1", ACCOM: "B" },
      { IN_TOUCH: "NO", ACTIV: "0", ACCOM: "0" },
    ];
    expect(flagsOf(rule345, { OC3 })).toEqual({ OC3: [0, 1] });
  });
  conformanceTests(rule345);
});
