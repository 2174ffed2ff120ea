import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule203 } from "./rule-203";

describe("rule 203", () => {
  it("flags a different date of birth; the same date written differently agrees", () => {
    const Header = [
      { CHILD: "1", DOB: "29/02/2016" },
      { CHILD: "2", DOB: "1/3/2016" },
      { CHILD: "3", DOB: "01/03/2016" },
      { CHILD: "4", DOB: "31/02/2016" },
    ];
    const previous = {
      Header: [
        { CHILD: "1", DOB: "29/02/2016" },
        { CHILD: "2", DOB: "01/03/2016" },
        { CHILD: "3", DOB: "29/02/2016" },
        { CHILD: "4", DOB: null },
      ],
    };
    expect(flagsOf(rule203, { Header }, { previous })).toEqual({ Header: [2] });
  });
  conformanceTests(rule203);
});
