import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule704 } from "./rule-704";

describe("rule 704", () => {
  it("flags an end the day before 1 April 2026 or the day after 31 March 2027", () => {
    const DoLo = ["31/03/2026", "01/04/2026", "31/03/2027", "01/04/2027", null].map((DOLO_END) => ({
      CHILD: "1",
      DOLO_END,
    }));
    expect(flagsOf(rule704, { DoLo }, { collectionYear: "2026-27" })).toEqual({ DoLo: [0, 3] });
  });
  conformanceTests(rule704);
});
