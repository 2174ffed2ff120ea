import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule444 } from "./rule-444";

describe("rule 444", () => {
  it("flags every row of a repeated UPN but not repeated UN codes", () => {
    const Header = ["A123456789012", "UN2", "A123456789012", "UN2", "B123456789012", null, null].map(
      (UPN) => ({ UPN }),
    );
    expect(flagsOf(rule444, { Header }, { collectionYear: "2025-26" })).toEqual({ Header: [0, 2] });
  });
  conformanceTests(rule444);
});
