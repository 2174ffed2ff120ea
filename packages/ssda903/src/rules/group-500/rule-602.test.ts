import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule602 } from "./rule-602";

describe("rule 602", () => {
  it("flags adoption details for a child not adopted in the year", () => {
    const Episodes = [
      { CHILD: "1", REC: "E11", DEC: "31/03/2024" },
      { CHILD: "2", REC: "E11", DEC: "01/04/2024" },
      { CHILD: "3", REC: "E4A", DEC: "01/05/2023" },
    ];
    const AD1 = [
      { CHILD: "1", DATE_INT: "01/01/2023" },
      { CHILD: "2", DATE_INT: "01/01/2023" },
      { CHILD: "3", LS_ADOPTR: "L0" },
      { CHILD: "4" },
    ];
    expect(flagsOf(rule602, { Episodes, AD1 }, { collectionYear: "2023-24" })).toEqual({ AD1: [1, 2] });
  });
  conformanceTests(rule602);
});
