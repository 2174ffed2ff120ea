import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule301 } from "./rule-301";

describe("rule 301", () => {
  it("flags a birth after 31 March of the collection year, not on it", () => {
    const Header = ["31/03/2023", "01/04/2023", "29/02/2020", null].map((DOB, i) => ({
      CHILD: String(i),
      DOB,
    }));
    expect(flagsOf(rule301, { Header }, { collectionYear: "2022-23" })).toEqual({ Header: [1] });
  });
  conformanceTests(rule301);
});
