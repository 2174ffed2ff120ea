import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule302 } from "./rule-302";

describe("rule 302", () => {
  it("compares the earliest episode with the date of birth: the day before birth fails, the day of birth passes", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "01/03/2020" },
      { CHILD: "a", DECOM: "28/02/2020" },
      { CHILD: "b", DECOM: "29/02/2020" },
    ];
    const Header = [
      { CHILD: "a", DOB: "29/02/2020" },
      { CHILD: "b", DOB: "29/02/2020" },
    ];
    expect(flagsOf(rule302, { Episodes, Header })).toEqual({ Episodes: [1], Header: [0] });
  });
  conformanceTests(rule302);
});
