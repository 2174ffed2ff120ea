import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule358 } from "./rule-358";

describe("rule 358", () => {
  it("flags a J status starting on the 10th birthday, passes the day after", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "28/02/2022", LS: "J1" },
      { CHILD: "b", DECOM: "01/03/2022", LS: "J2" },
      { CHILD: "c", DECOM: "01/03/2012", LS: "C2" },
    ];
    const Header = [
      { CHILD: "a", DOB: "29/02/2012" },
      { CHILD: "b", DOB: "29/02/2012" },
      { CHILD: "c", DOB: "29/02/2012" },
    ];
    expect(flagsOf(rule358, { Episodes, Header })).toEqual({ Episodes: [0], Header: [0] });
  });
  conformanceTests(rule358);
});
