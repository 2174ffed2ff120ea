import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule103 } from "./rule-103";

describe("rule 103", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const Header = ["WBRI", "NOBT", "wbri", "White British", "", null].map((v, i) => ({
      CHILD: String(i),
      ETHNIC: v,
    }));
    expect(flagsOf(rule103, { Header })).toEqual({ Header: [2, 3, 4, 5] });
  });
  conformanceTests(rule103);
});
