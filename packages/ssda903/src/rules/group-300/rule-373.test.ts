import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule373 } from "./rule-373";

describe("rule 373", () => {
  it("flags a S1 episode starting the day before birthday 4 and passes one starting on it", () => {
    const Header = [
      { CHILD: "a", DOB: "15/06/2004" },
      { CHILD: "b", DOB: "15/06/2004" },
    ];
    const Episodes = [
      { CHILD: "a", DECOM: "14/06/2008", DEC: "01/01/2030", PLACE: "S1" },
      { CHILD: "b", DECOM: "15/06/2008", DEC: "01/01/2030", PLACE: "S1" },
      { CHILD: "b", DECOM: "14/06/2008", DEC: null, PLACE: "S1" },
    ];
    expect(flagsOf(rule373, { Episodes, Header })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule373);
});
