import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule621 } from "./rule-621";

describe("rule 621", () => {
  it("flags a first child born on or before the mother", () => {
    const Header = [
      { DOB: "29/02/2008", MC_DOB: "29/02/2008" },
      { DOB: "29/02/2008", MC_DOB: "28/02/2008" },
      { DOB: "29/02/2008", MC_DOB: "01/03/2024" },
      { DOB: "29/02/2008", MC_DOB: null },
    ];
    expect(flagsOf(rule621, { Header })).toEqual({ Header: [0, 1] });
  });
  conformanceTests(rule621);
});
