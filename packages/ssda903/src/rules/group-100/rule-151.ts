import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

const ITEMS = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"] as const;

/**
 * 151: the adoption items of an AD1 record are all given or all blank; a record with some but not all
 * of them is incomplete. DfE SSDA903 validation rule 151 (AD1).
 */
export const rule151 = defineRule({
  code: "151",
  tables: ["AD1"],
  fields: [...ITEMS],
  severity: "error",
  message:
    "Some but not all of the adoption items are given: the dates of the decision and of matching, whether the adopters were foster carers, and the number, sex and legal status of the adopters must all be given, or all left blank.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "DATE_INT", (row) => {
      let given = 0;
      for (const item of ITEMS) if (row[item] != null) given++;
      return given > 0 && given < ITEMS.length;
    }),
});
