import { defineRule } from "../rule";

/** The DfE's code for a placement distance that could not be worked out (e.g. outside England). */
const UNKNOWN_DISTANCE = 999.9;

/**
 * 454: a placement distance over 350 miles is implausible for a placement in England (999.9, the
 * "not known" value, is allowed). In force from 2025-26.
 * DfE SSDA903 validation rule 454 (Episodes.PL_DISTANCE).
 */
export const rule454 = defineRule({
  code: "454",
  from: "2025-26",
  tables: ["Episodes"],
  // Reads fields derived from postcodes (PL_LA, PL_LOCATION, PL_DISTANCE): without them it cannot decide.
  needs: ["postcodes"],
  fields: ["PL_DISTANCE"],
  severity: "error",
  message: "The placement is recorded as more than 350 miles from home; check the postcodes or distance.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const text = rows[i]?.PL_DISTANCE;
      if (text == null || text.trim() === "") continue;
      const miles = Number(text);
      if (miles > 350 && miles !== UNKNOWN_DISTANCE)
        yield { table: "Episodes", row: i, field: "PL_DISTANCE" };
    }
  },
});
