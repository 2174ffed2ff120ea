import { describe, expect, it } from "vitest";
import { conformanceTests } from "../../testing/run-rule";
import { createRuleContext } from "../create-rule-context";
import { rule392c } from "./rule-392c";

describe("rule 392c", () => {
  const known = new Set(["AB1 0JD"]);
  const postcodes = (p: string) =>
    known.has(p) ? { laCode: "S12000033", easting: 394000, northing: 806000 } : undefined;
  it("flags episodes with a postcode the lookup does not know", () => {
    const Episodes = [
      { HOME_POST: "AB1 0JD", PL_POST: "AB1 0JD" },
      { HOME_POST: "invalid", PL_POST: "AB1 0JD" },
      { HOME_POST: "AB1 0JD", PL_POST: "invalid" },
      { HOME_POST: null, PL_POST: null },
    ];
    const ctx = createRuleContext({ collectionYear: "2023-24", tables: { Episodes }, postcodes });
    expect([...rule392c.check(ctx)].map((f) => f.row)).toEqual([1, 2]);
  });
  conformanceTests(rule392c);
});
