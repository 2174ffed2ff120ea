import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule703 } from "./rule-703";

describe("rule 703", () => {
  it("flags a start after 31 March 2027, not on or before it (2026-27)", () => {
    const DoLo = ["30/03/2027", "31/03/2027", "01/04/2027", null].map((DOLO_START) => ({
      CHILD: "1",
      DOLO_START,
    }));
    expect(flagsOf(rule703, { DoLo }, { collectionYear: "2026-27" })).toEqual({ DoLo: [2] });
  });
  conformanceTests(rule703);
});
