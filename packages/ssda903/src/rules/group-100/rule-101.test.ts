import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule101 } from "./rule-101";

describe("rule 101", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const Header = ["M", "F", "U", "1", "m", null].map((v, i) => ({ CHILD: String(i), SEX: v }));
    expect(flagsOf(rule101, { Header }, { collectionYear: "2024-25" })).toEqual({ Header: [3, 4, 5] });
  });
  conformanceTests(rule101);
});
