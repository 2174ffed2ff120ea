import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule210 } from "./rule-210";

describe("rule 210", () => {
  it("flags UN4 with an episode starting on or after 24 March", () => {
    const Header = [
      { CHILD: "1", UPN: "UN4" },
      { CHILD: "2", UPN: "UN4" },
      { CHILD: "3", UPN: "UN3" },
    ];
    const Episodes = [
      { CHILD: "1", DECOM: "23/03/2024" },
      { CHILD: "2", DECOM: "24/03/2024" },
      { CHILD: "3", DECOM: "25/03/2024" },
    ];
    expect(flagsOf(rule210, { Header, Episodes }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [1],
      Header: [1],
    });
  });
  conformanceTests(rule210);
});
