import { defineRule } from "../rule";

/**
 * 411: a placement recorded as inside the authority's boundary (PL_LOCATION "IN") must have the
 * submitting authority as its local authority of placement (PL_LA). Needs the submitting authority.
 * DfE SSDA903 validation rule 411 (Episodes.PL_LOCATION, Episodes.PL_LA).
 */
export const rule411 = defineRule({
  code: "411",
  tables: ["Episodes"],
  fields: ["PL_LOCATION"],
  severity: "error",
  message:
    "The placement is recorded as inside the authority (IN) but its local authority of placement is a different one.",
  needs: ["localAuthority", "postcodes"],
  *check(ctx) {
    const la = ctx.localAuthority;
    if (la === undefined) return;
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]?.PL_LOCATION === "IN" && rows[i]?.PL_LA !== la)
        yield { table: "Episodes", row: i, field: "PL_LOCATION" };
    }
  },
});
