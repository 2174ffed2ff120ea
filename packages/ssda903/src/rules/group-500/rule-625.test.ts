import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule625 } from "./rule-625";

describe("rule 625", () => {
  it("flags a first child born after the latest episode ended or after 31 March", () => {
    const Episodes = [
      { CHILD: "1", DEC: "29/02/2024" },
      { CHILD: "1", DEC: "01/01/2024" },
      { CHILD: "2", DEC: "29/02/2024" },
      { CHILD: "3", DEC: null },
    ];
    const Header = [
      { CHILD: "1", MC_DOB: "01/03/2024" },
      { CHILD: "2", MC_DOB: "29/02/2024" },
      { CHILD: "3", MC_DOB: "01/05/2024" },
    ];
    expect(flagsOf(rule625, { Episodes, Header }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [0],
      Header: [0],
    });
  });
  conformanceTests(rule625);
});
