import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule358 } from "./rule-358";

describe("rule 358", () => {
  it("flags a J status starting before the 10th birthday, not on it (a child is 10 on the birthday)", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "09/05/2022", LS: "J1" }, // the day before the 10th birthday: under 10
      { CHILD: "b", DECOM: "10/05/2022", LS: "J2" }, // on the 10th birthday: 10, not flagged (Python flags it)
      { CHILD: "c", DECOM: "11/05/2022", LS: "J3" },
      { CHILD: "d", DECOM: "09/05/2022", LS: "C2" }, // not a youth justice status
    ];
    const Header = ["a", "b", "c", "d"].map((CHILD) => ({ CHILD, DOB: "10/05/2012" }));
    expect(flagsOf(rule358, { Episodes, Header })).toEqual({ Episodes: [0], Header: [0] });
  });

  it("treats a 29 February birthday as reached on 1 March in a common year", () => {
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
