import { defineRule } from "../rule";
import { uascThisOrLastYear } from "../shared/uasc-status";

const RESPITE = new Set(["V3", "V4"]);

/**
 * 392b: a looked-after child who is not and was not UASC must have both a home and a placement
 * postcode, except during respite (V3/V4). UASC status as for 392a; without any UASC information
 * every child is checked.
 * DfE SSDA903 validation rule 392b (Episodes.HOME_POST, Episodes.PL_POST).
 */
export const rule392b = defineRule({
  code: "392b",
  tables: ["Episodes"],
  fields: ["HOME_POST", "PL_POST"],
  severity: "error",
  message:
    "The home or placement postcode is missing for a looked-after child (a child who was UASC in an earlier year may be reported here by mistake).",
  *check(ctx) {
    const uasc = uascThisOrLastYear(ctx, ctx.previous);
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (RESPITE.has(r?.LS ?? "") || uasc?.has(r?.CHILD ?? "")) continue;
      if (r?.HOME_POST == null) yield { table: "Episodes", row: i, field: "HOME_POST" };
      else if (r.PL_POST == null) yield { table: "Episodes", row: i, field: "PL_POST" };
    }
  },
});
