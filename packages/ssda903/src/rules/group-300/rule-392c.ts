import { defineRule } from "../rule";

/**
 * 392c: home and placement postcodes, when given, must be real postcodes (found in the postcode
 * reference data). Needs postcode reference data; without a postcode lookup it flags nothing.
 * DfE SSDA903 validation rule 392c (Episodes.HOME_POST, Episodes.PL_POST).
 */
export const rule392c = defineRule({
  code: "392c",
  tables: ["Episodes"],
  fields: ["HOME_POST", "PL_POST"],
  severity: "error",
  message: "The home or placement postcode is not a known postcode; check it.",
  needs: ["postcodes"],
  *check(ctx) {
    const lookup = ctx.postcodes;
    if (!lookup) return;
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const home = rows[i]?.HOME_POST;
      const placement = rows[i]?.PL_POST;
      if (home != null && lookup(home) === undefined) yield { table: "Episodes", row: i, field: "HOME_POST" };
      else if (placement != null && lookup(placement) === undefined) {
        yield { table: "Episodes", row: i, field: "PL_POST" };
      }
    }
  },
});
