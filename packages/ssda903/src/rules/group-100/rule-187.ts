import { defineRule } from "../rule";
import { continuouslyLookedAfter } from "../shared/continuously-looked-after";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"] as const;
const AD1_ITEMS = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"] as const;

/**
 * 187: a child looked after continuously for the whole year (the OC2 cohort) has not been adopted or
 * left care in it, so their adoption (AD1) and care leaver (OC3) items must be blank.
 * DfE SSDA903 validation rule 187 (AD1, OC3).
 */
export const rule187 = defineRule({
  code: "187",
  tables: ["OC3", "AD1", "Episodes"],
  fields: [...AD1_ITEMS, ...OC3_ITEMS],
  severity: "error",
  message:
    "The child was looked after all year, so the adoption and care leaver items should be blank; check the episodes or remove these items.",
  *check(ctx) {
    const cla = continuouslyLookedAfter(ctx);
    const oc3 = ctx.table("OC3");
    for (let i = 0; i < oc3.length; i++) {
      const row = oc3[i];
      if (row && cla.has(row.CHILD ?? "") && OC3_ITEMS.some((f) => row[f] != null)) {
        yield { table: "OC3", row: i, field: "IN_TOUCH" };
      }
    }
    const ad1 = ctx.table("AD1");
    for (let i = 0; i < ad1.length; i++) {
      const row = ad1[i];
      if (row && cla.has(row.CHILD ?? "") && AD1_ITEMS.some((f) => row[f] != null)) {
        yield { table: "AD1", row: i, field: "DATE_INT" };
      }
    }
  },
});
