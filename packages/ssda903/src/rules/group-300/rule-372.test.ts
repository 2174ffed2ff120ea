import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule372 } from "./rule-372";

describe("rule 372", () => {
  it("flags a R5 episode starting the day before birthday 10 and passes one starting on it", () => {
    const Header = [
      { CHILD: "a", DOB: "15/06/2004" },
      { CHILD: "b", DOB: "15/06/2004" },
    ];
    const Episodes = [
      { CHILD: "a", DECOM: "14/06/2014", DEC: "01/01/2030", PLACE: "R5" },
      { CHILD: "b", DECOM: "15/06/2014", DEC: "01/01/2030", PLACE: "R5" },
      { CHILD: "b", DECOM: "14/06/2014", DEC: null, PLACE: "R5" },
    ];
    expect(flagsOf(rule372, { Episodes, Header })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule372);
});
