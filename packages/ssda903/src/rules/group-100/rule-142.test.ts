import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule142 } from "./rule-142";

describe("rule 142", () => {
  it("flags an earlier episode left open or without a reason, not the latest one", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/04/2022", DEC: "10/04/2022", REC: "X1" },
      { CHILD: "1", DECOM: "10/04/2022", DEC: null, REC: null },
      { CHILD: "1", DECOM: "29/02/2024", DEC: null, REC: null },
      { CHILD: "2", DECOM: "01/04/2022", DEC: "02/04/2022", REC: null },
      { CHILD: "2", DECOM: "02/04/2022", DEC: null, REC: null },
      { CHILD: "3", DECOM: "01/04/2022", DEC: null, REC: null },
    ];
    expect(flagsOf(rule142, { Episodes })).toEqual({ Episodes: [1, 3] });
  });
  conformanceTests(rule142);
});
