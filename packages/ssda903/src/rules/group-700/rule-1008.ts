import { defineRule } from "../rule";

/** The placeholder URN for a placement with no Ofsted URN (DfE SSDA903 guide, URN). */
const NO_URN = "XXXXXXX";

/**
 * 1008: a placement's Ofsted unique reference number (URN), when given and not the placeholder
 * XXXXXXX, must be on the Ofsted provider lists. DfE SSDA903 validation rule 1008 (Episodes.URN).
 */
export const rule1008 = defineRule({
  code: "1008",
  tables: ["Episodes"],
  fields: ["URN"],
  severity: "error",
  message:
    "The placement's Ofsted URN is not on the Ofsted provider lists: correct the URN, or use XXXXXXX when the placement has none.",
  needs: ["providers"],
  *check(ctx) {
    const providers = ctx.providers;
    if (!providers) return;
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const urn = rows[i]?.URN;
      if (urn != null && urn !== NO_URN && !providers.has(urn))
        yield { table: "Episodes", row: i, field: "URN" };
    }
  },
});
