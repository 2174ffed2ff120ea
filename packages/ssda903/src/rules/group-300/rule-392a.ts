import { defineRule } from "../rule";
import { uascThisOrLastYear } from "../shared/uasc-status";

const RESPITE = new Set(["V3", "V4"]);

/**
 * 392a: a looked-after child who is not and was not UASC must have a placement distance, except
 * during respite (V3/V4). UASC status comes from this year's and, when given, last year's header or
 * UASC table; without any UASC information the rule cannot tell and flags nothing.
 * DfE SSDA903 validation rule 392a (Episodes.PL_DISTANCE).
 */
export const rule392a = defineRule({
  code: "392a",
  tables: ["Episodes"],
  // Reads fields derived from postcodes (PL_LA, PL_LOCATION, PL_DISTANCE): without them it cannot decide.
  needs: ["postcodes"],
  fields: ["PL_DISTANCE"],
  severity: "error",
  message:
    "No placement distance is recorded for a looked-after child (a child who was UASC in an earlier year may be reported here by mistake).",
  *check(ctx) {
    const uasc = uascThisOrLastYear(ctx, ctx.previous);
    if (!uasc) return;
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (RESPITE.has(r?.LS ?? "") || r?.PL_DISTANCE != null || uasc.has(r?.CHILD ?? "")) continue;
      yield { table: "Episodes", row: i, field: "PL_DISTANCE" };
    }
  },
});
