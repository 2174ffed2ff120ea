import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule209 } from "./rule-209";

describe("rule 209", () => {
  it("in 2023-24 flags UN1 for children 4 or over on 31 August 2022", () => {
    const Header = [
      { CHILD: "1", UPN: "UN1", DOB: "31/08/2018" },
      { CHILD: "2", UPN: "UN1", DOB: "01/09/2018" },
      { CHILD: "3", UPN: "UN2", DOB: "31/08/2010" },
      { CHILD: "4", UPN: "UN1", DOB: "29/02/2016" },
    ];
    expect(flagsOf(rule209, { Header }, { collectionYear: "2023-24" })).toEqual({ Header: [0, 3] });
  });
  conformanceTests(rule209);
});
