import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule196 } from "./rule-196";

describe("rule 196", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const OC2 = ["SDQ1", "SDQ5", "sdq2", "SDQ6", "", null].map((v, i) => ({
      CHILD: String(i),
      SDQ_REASON: v,
    }));
    expect(flagsOf(rule196, { OC2 })).toEqual({ OC2: [2, 3, 4] });
  });
  conformanceTests(rule196);
});

describe("rule 196's codes", () => {
  it("are exactly the SDQ reason code list", async () => {
    const { SdqReason } = await import("@childrens-social-care/placements");
    const OC2 = [...SdqReason.options, "SDQ0", "SDQ6"].map((SDQ_REASON, i) => ({
      CHILD: String(i),
      SDQ_REASON,
    }));
    expect(flagsOf(rule196, { OC2 })).toEqual({ OC2: [5, 6] });
  });
});
