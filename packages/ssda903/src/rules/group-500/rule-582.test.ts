import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule582 } from "./rule-582";

describe("rule 582", () => {
  it("queries an adoption on the matching day only", () => {
    const Episodes = [
      { CHILD: "1", REC: "E11", DEC: "29/02/2024" },
      { CHILD: "2", REC: "E12", DEC: "29/02/2024" },
      { CHILD: "3", REC: "E4A", DEC: "29/02/2024" },
    ];
    const AD1 = [
      { CHILD: "1", DATE_MATCH: "29/02/2024" },
      { CHILD: "2", DATE_MATCH: "28/02/2024" },
      { CHILD: "3", DATE_MATCH: "29/02/2024" },
    ];
    expect(flagsOf(rule582, { Episodes, AD1 })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule582);
});
