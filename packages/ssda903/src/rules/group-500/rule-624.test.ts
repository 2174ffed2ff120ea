import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule624 } from "./rule-624";

describe("rule 624", () => {
  it("flags a first child's date of birth that changed or was dropped", () => {
    const Header = [
      { CHILD: "1", MC_DOB: "01/06/2020" },
      { CHILD: "2", MC_DOB: null },
      { CHILD: "3", MC_DOB: "08/09/2020" },
      { CHILD: "4", MC_DOB: "01/02/2020" },
    ];
    const previous = {
      Header: [
        { CHILD: "1", MC_DOB: "01/06/2020" },
        { CHILD: "2", MC_DOB: "01/06/2019" },
        { CHILD: "3", MC_DOB: "10/09/2020" },
        { CHILD: "4", MC_DOB: null },
      ],
    };
    expect(flagsOf(rule624, { Header }, { collectionYear: "2023-24", previous })).toEqual({ Header: [1, 2] });
  });
  conformanceTests(rule624);
});
