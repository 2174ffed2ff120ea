import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule501 } from "./rule-501";

describe("rule 501", () => {
  it("flags an episode starting the day before the previous one ended, not on the day itself", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2020", DEC: "29/02/2020" },
      { CHILD: "1", DECOM: "01/02/2020", DEC: "29/02/2020" },
      { CHILD: "1", DECOM: "28/02/2020", DEC: "01/06/2020" },
      { CHILD: "2", DECOM: "01/01/2021", DEC: "10/01/2021" },
      { CHILD: "2", DECOM: "10/01/2021", DEC: null },
      { CHILD: "3", DECOM: "01/01/2021", DEC: null },
      { CHILD: "3", DECOM: "05/01/2021", DEC: null },
    ];
    // child 1 sorted: row 1 (1 Feb), row 2 (28 Feb starts before 29 Feb end), row 0 (1 Jun, on row 2's end)
    expect(flagsOf(rule501, { Episodes })).toEqual({ Episodes: [2] });
  });
  conformanceTests(rule501);
});
