import { defineRule } from "../rule";
import { uascThisOrLastYear } from "../shared/uasc-status";

/**
 * 406: placement distance must be blank for a child who is or was UASC (the distance is not
 * returned for them). UASC status comes from this year's and last year's header or UASC table, so a
 * child UASC two years ago and not since is missed; without UASC information nothing is flagged.
 * DfE SSDA903 validation rule 406 (Episodes.PL_DISTANCE).
 */
export const rule406 = defineRule({
  code: "406",
  tables: ["Episodes"],
  // Reads fields derived from postcodes (PL_LA, PL_LOCATION, PL_DISTANCE): without them it cannot decide.
  needs: ["postcodes"],
  fields: ["PL_DISTANCE"],
  severity: "error",
  message: "A placement distance is recorded for a child who is or was UASC; it should be blank.",
  *check(ctx) {
    const uasc = uascThisOrLastYear(ctx, ctx.previous);
    if (!uasc) return;
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r?.PL_DISTANCE != null && uasc.has(r.CHILD ?? ""))
        yield { table: "Episodes", row: i, field: "PL_DISTANCE" };
    }
  },
});
