import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule374 } from "./rule-374";

describe("rule 374", () => {
  it("flags a P3 episode starting the day before birthday 14 and passes one starting on it", () => {
    const Header = [
      { CHILD: "a", DOB: "15/06/2004" },
      { CHILD: "b", DOB: "15/06/2004" },
    ];
    const Episodes = [
      { CHILD: "a", DECOM: "14/06/2018", DEC: "01/01/2030", PLACE: "P3" },
      { CHILD: "b", DECOM: "15/06/2018", DEC: "01/01/2030", PLACE: "P3" },
      { CHILD: "b", DECOM: "14/06/2018", DEC: null, PLACE: "P3" },
    ];
    expect(flagsOf(rule374, { Episodes, Header })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule374);
});
