import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule105 } from "./rule-105";

describe("rule 105", () => {
  it("accepts 0 and 1 and flags blanks and other values when the Header has a UASC column", () => {
    const Header = ["0", "1", "1.0", null, "", "2", "yes"].map((UASC, i) => ({ CHILD: String(i), UASC }));
    expect(flagsOf(rule105, { Header })).toEqual({ Header: [3, 4, 5, 6] });
  });
  it("does nothing for a CSV-shaped Header without the column", () => {
    expect(flagsOf(rule105, { Header: [{ CHILD: "1", SEX: "1" }] })).toEqual({});
  });
  conformanceTests(rule105);
});
