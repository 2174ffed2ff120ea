import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule442 } from "./rule-442";

describe("rule 442", () => {
  it("needs a UPN for a child with a non-respite episode", () => {
    const Episodes = [
      { CHILD: "a", LS: "C2" },
      { CHILD: "b", LS: "V3" },
      { CHILD: "c", LS: "C2" },
    ];
    const Header = [
      { CHILD: "a", UPN: null },
      { CHILD: "b", UPN: null },
      { CHILD: "c", UPN: "UN1" },
      { CHILD: "d", UPN: null },
    ];
    expect(flagsOf(rule442, { Episodes, Header })).toEqual({ Header: [0] });
  });
  conformanceTests(rule442);
});
