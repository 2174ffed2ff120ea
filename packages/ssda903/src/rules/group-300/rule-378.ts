import { defineRule } from "../rule";

/**
 * 378: a child placed with parent(s) (PLACE P1) cannot be accommodated under a single period of
 * accommodation under section 20 of the Children Act 1989 (LS V2).
 * DfE SSDA903 validation rule 378 (Episodes.PLACE, Episodes.LS).
 */
export const rule378 = defineRule({
  code: "378",
  tables: ["Episodes"],
  fields: ["PLACE", "LS"],
  severity: "error",
  message: "A child placed with parents (P1) cannot be looked after under section 20 accommodation (V2).",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]?.PLACE === "P1" && rows[i]?.LS === "V2") yield { table: "Episodes", row: i, field: "LS" };
    }
  },
});
