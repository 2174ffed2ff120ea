import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule611 } from "./rule-611";

describe("rule 611", () => {
  it("flags a mother with no child's date of birth", () => {
    const Header = [
      { MOTHER: "1", MC_DOB: null },
      { MOTHER: "1", MC_DOB: "01/01/2024" },
      { MOTHER: "0", MC_DOB: null },
      { MOTHER: null, MC_DOB: null },
    ];
    expect(flagsOf(rule611, { Header })).toEqual({ Header: [0] });
  });
  conformanceTests(rule611);
});
