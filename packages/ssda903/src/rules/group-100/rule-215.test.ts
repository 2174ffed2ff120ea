import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule215 } from "./rule-215";

describe("rule 215", () => {
  it("flags care leaver and 12-month outcome items together", () => {
    const OC3 = [
      { CHILD: "1", IN_TOUCH: "YES" },
      { CHILD: "2", IN_TOUCH: "YES" },
      { CHILD: "3", IN_TOUCH: null },
    ];
    const OC2 = [
      { CHILD: "1", CONVICTED: "0" },
      { CHILD: "2", CONVICTED: null },
      { CHILD: "3", CONVICTED: "1" },
    ];
    expect(flagsOf(rule215, { OC2, OC3 })).toEqual({ OC3: [0], OC2: [0] });
  });
  conformanceTests(rule215);
});
