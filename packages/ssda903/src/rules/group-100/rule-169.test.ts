import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { createRuleContext } from "../create-rule-context";
import { rule169 } from "./rule-169";

describe("rule 169", () => {
  it("flags a missing placement local authority except for short breaks", () => {
    const Episodes = [
      { CHILD: "1", LS: "C2", PL_LA: "E09000027" },
      { CHILD: "2", LS: "C2", PL_LA: null },
      { CHILD: "3", LS: "V3", PL_LA: null },
      { CHILD: "4", LS: "V4", PL_LA: null },
    ];
    expect(flagsOf(rule169, { Episodes })).toEqual({ Episodes: [1] });
  });
  it("derives the local authority from the placement postcode when the return has no PL_LA column", () => {
    const ctx = createRuleContext({
      collectionYear: "2023-24",
      tables: {
        Episodes: [
          { CHILD: "1", LS: "C2", PL_POST: "TW9 1AA" },
          { CHILD: "2", LS: "C2", PL_POST: "ZZ9 9ZZ" },
          { CHILD: "3", LS: "C2", PL_POST: null },
        ],
      },
      postcodes: (p) => (p === "TW9 1AA" ? { laCode: "E09000027", easting: 0, northing: 0 } : undefined),
    });
    expect([...rule169.check(ctx)].map((f) => f.row)).toEqual([1, 2]);
  });
  conformanceTests(rule169);
});
