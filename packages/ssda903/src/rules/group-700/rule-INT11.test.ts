import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT11 } from "./rule-INT11";

describe("rule INT11", () => {
  it("compares dates of birth as dates, day before/of/after, and ignores blank or invalid ones", () => {
    const Header = [
      { CHILD: "1", DOB: "29/02/2016" },
      { CHILD: "2", DOB: "29/02/2016" },
      { CHILD: "3", DOB: "29/02/2016" },
      { CHILD: "4", DOB: null },
      { CHILD: "5", DOB: "29/02/2015" },
    ];
    const AD1 = [
      { CHILD: "1", DOB: "28/02/2016" },
      { CHILD: "2", DOB: "29/02/2016" },
      { CHILD: "3", DOB: "01/03/2016" },
      { CHILD: "4", DOB: "01/03/2016" },
      { CHILD: "5", DOB: "01/03/2015" },
      { CHILD: "1", DOB: null },
      { CHILD: "9", DOB: "01/03/2016" },
    ];
    expect(flagsOf(ruleINT11, { Header, AD1 })).toEqual({ AD1: [0, 2] });
  });
  conformanceTests(ruleINT11);
});
