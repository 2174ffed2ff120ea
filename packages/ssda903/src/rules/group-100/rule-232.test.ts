import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule232 } from "./rule-232";

describe("rule 232", () => {
  it("queries U and u only", () => {
    const Header = ["U", "u", "M", "F", null].map((SEX, i) => ({ CHILD: String(i), SEX }));
    expect(flagsOf(rule232, { Header }, { collectionYear: "2024-25" })).toEqual({ Header: [0, 1] });
  });
  conformanceTests(rule232);
});
