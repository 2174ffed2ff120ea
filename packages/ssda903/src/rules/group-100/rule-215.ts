import { defineRule } from "../rule";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"] as const;
const OC2_ITEMS = [
  "CONVICTED",
  "HEALTH_CHECK",
  "IMMUNISATIONS",
  "TEETH_CHECK",
  "HEALTH_ASSESSMENT",
  "SUBSTANCE_MISUSE",
  "INTERVENTION_RECEIVED",
  "INTERVENTION_OFFERED",
] as const;

/**
 * 215: a care leaver (with OC3 information) cannot also have outcome items for children looked after
 * for 12 months (OC2); both records are flagged. DfE SSDA903 validation rule 215 (OC2; OC3).
 */
export const rule215 = defineRule({
  code: "215",
  tables: ["OC2", "OC3"],
  fields: [...OC3_ITEMS, ...OC2_ITEMS],
  severity: "error",
  message:
    "The child has care leaver information, so the outcome items for children looked after for 12 months should be blank.",
  *check(ctx) {
    const oc3 = ctx.table("OC3");
    const oc2 = ctx.table("OC2");
    const oc2ByChild = ctx.rowsByChild("OC2");
    for (let i = 0; i < oc3.length; i++) {
      const row = oc3[i];
      if (!row || !OC3_ITEMS.some((f) => row[f] != null)) continue;
      for (const j of oc2ByChild.get(row.CHILD ?? "") ?? []) {
        const other = oc2[j];
        if (other && OC2_ITEMS.some((f) => other[f] != null)) {
          yield { table: "OC3", row: i, field: "IN_TOUCH" };
          yield { table: "OC2", row: j, field: "CONVICTED" };
        }
      }
    }
  },
});
