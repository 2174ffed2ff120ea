import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"] as const;
const AD1_ITEMS = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"] as const;

/**
 * 134: a care leaver (with OC3 information) cannot also have adoption (AD1) information; the AD1
 * record is flagged. DfE SSDA903 validation rule 134 (AD1; OC3).
 */
export const rule134 = defineRule({
  code: "134",
  tables: ["OC3", "AD1"],
  fields: [...OC3_ITEMS, ...AD1_ITEMS],
  severity: "error",
  message: "The child has care leaver information, so adoption information should not be given.",
  check(ctx) {
    const oc3 = ctx.table("OC3");
    const leavers = new Set<string>();
    for (const row of oc3) {
      if (row.CHILD != null && OC3_ITEMS.some((f) => row[f] != null)) leavers.add(row.CHILD);
    }
    return flagRows(
      ctx,
      "AD1",
      "DATE_INT",
      (row) => leavers.has(row.CHILD ?? "") && AD1_ITEMS.some((f) => row[f] != null),
    );
  },
});
