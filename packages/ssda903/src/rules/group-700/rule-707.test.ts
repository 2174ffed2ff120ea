import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule707 } from "./rule-707";

describe("rule 707", () => {
  it("flags an open order after care ended, and an order ending the day after its period of care", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2027", DEC: "29/02/2028" },
      { CHILD: "2", DECOM: "01/01/2027", DEC: null },
      { CHILD: "3", DECOM: "01/01/2027", DEC: "29/02/2028" },
      { CHILD: "4", DECOM: "01/01/2027", DEC: "29/02/2028" },
    ];
    const DoLo = [
      { CHILD: "1", DOLO_START: "01/02/2027", DOLO_END: null },
      { CHILD: "2", DOLO_START: "01/02/2027", DOLO_END: null },
      { CHILD: "3", DOLO_START: "01/02/2027", DOLO_END: "29/02/2028" },
      { CHILD: "4", DOLO_START: "01/02/2027", DOLO_END: "01/03/2028" },
      { CHILD: "5", DOLO_START: "01/02/2027", DOLO_END: null },
    ];
    expect(flagsOf(rule707, { DoLo, Episodes })).toEqual({ DoLo: [0, 3] });
  });
  conformanceTests(rule707);
});
