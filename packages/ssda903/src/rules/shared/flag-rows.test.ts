import { describe, expect, it } from "vitest";
import { createRuleContext } from "../create-rule-context";
import { flagRows } from "./flag-rows";

describe("flagRows", () => {
  it("flags the 0-based rows of the table for which the test holds, naming the field", () => {
    const ctx = createRuleContext({
      collectionYear: "2023-24",
      tables: {
        Missing: [{ CHILD: "1", MIS_END: null }, { CHILD: "2", MIS_END: "01/01/2024" }, { CHILD: "3" }],
      },
    });
    expect([...flagRows(ctx, "Missing", "MIS_END", (r) => r.MIS_END == null)]).toEqual([
      { table: "Missing", row: 0, field: "MIS_END" },
      { table: "Missing", row: 2, field: "MIS_END" },
    ]);
    expect([...flagRows(ctx, "OC3", "IN_TOUCH", () => true)]).toEqual([]);
  });
});
