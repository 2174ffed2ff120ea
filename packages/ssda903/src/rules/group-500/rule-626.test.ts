import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule626 } from "./rule-626";

describe("rule 626", () => {
  it("flags a new mother whose first child was born before 1 April", () => {
    const Header = [
      { CHILD: "1", MOTHER: "1", MC_DOB: "31/03/2023" },
      { CHILD: "2", MOTHER: "1.0", MC_DOB: "01/04/2023" },
      { CHILD: "3", MOTHER: "1", MC_DOB: "01/01/2023" },
      { CHILD: "4", MOTHER: "1", MC_DOB: null },
    ];
    const previous = {
      Header: [
        { CHILD: "1", MOTHER: "0.0" },
        { CHILD: "2", MOTHER: "0" },
        { CHILD: "3", MOTHER: "1" },
        { CHILD: "4", MOTHER: "0" },
      ],
    };
    expect(flagsOf(rule626, { Header }, { collectionYear: "2023-24", previous })).toEqual({ Header: [0] });
  });
  conformanceTests(rule626);
});
