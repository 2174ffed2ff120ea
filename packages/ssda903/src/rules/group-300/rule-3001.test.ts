import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule3001 } from "./rule-3001";

describe("rule 3001", () => {
  it("flags Z1/Z2 when the 17th birthday falls between 1 April and 31 March", () => {
    const Header = [
      { CHILD: "a", DOB: "01/04/2006" },
      { CHILD: "b", DOB: "31/03/2007" },
      { CHILD: "c", DOB: "31/03/2006" },
      { CHILD: "d", DOB: "01/04/2007" },
    ];
    const OC3 = ["a", "b", "c", "d"].map((CHILD) => ({ CHILD, ACCOM: "Z1" }));
    expect(flagsOf(rule3001, { Header, OC3 }, { collectionYear: "2023-24" })).toEqual({ OC3: [0, 1] });
  });
  conformanceTests(rule3001);
});
