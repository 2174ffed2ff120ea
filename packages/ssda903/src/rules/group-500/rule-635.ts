import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 635: an order date or arranging local authority for a previous permanence option needs the option
 * itself (PREV_PERM).
 * DfE SSDA903 validation rule 635 (PrevPerm: LA_PERM, DATE_PERM, PREV_PERM).
 */
export const rule635 = defineRule({
  code: "635",
  tables: ["PrevPerm"],
  fields: ["LA_PERM", "DATE_PERM", "PREV_PERM"],
  severity: "error",
  message:
    "A date or local authority is given for a previous permanence order, but the previous permanence option is blank.",
  check: (ctx) =>
    flagRows(
      ctx,
      "PrevPerm",
      "PREV_PERM",
      (r) => (r.LA_PERM != null || r.DATE_PERM != null) && r.PREV_PERM == null,
    ),
});
