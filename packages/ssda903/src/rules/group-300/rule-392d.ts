import { defineRule } from "../rule";

/**
 * 392d: the home and placement postcodes should differ unless the child is placed with parents (P1).
 * DfE SSDA903 validation rule 392d (Episodes.HOME_POST, Episodes.PL_POST, Episodes.PLACE).
 */
export const rule392d = defineRule({
  code: "392d",
  tables: ["Episodes"],
  fields: ["HOME_POST", "PL_POST", "PLACE"],
  severity: "error",
  message: "The home and placement postcodes are the same, but the child is not placed with parents (P1).",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r?.PLACE !== "P1" && r?.HOME_POST != null && r.HOME_POST === r.PL_POST) {
        yield { table: "Episodes", row: i, field: "PL_POST" };
      }
    }
  },
});
