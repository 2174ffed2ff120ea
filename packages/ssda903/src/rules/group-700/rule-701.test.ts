import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule701 } from "./rule-701";

describe("rule 701", () => {
  it("passes a blank end date and flags malformed and impossible ones", () => {
    const DoLo = ["29/02/2028", null, "29/02/2027", "2026/12/10"].map((DOLO_END) => ({
      CHILD: "1",
      DOLO_END,
    }));
    expect(flagsOf(rule701, { DoLo })).toEqual({ DoLo: [2, 3] });
  });
  conformanceTests(rule701);
});
