import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 611: a child recorded as a mother (MOTHER = 1) must have her first child's date of birth (MC_DOB).
 * DfE SSDA903 validation rule 611 (Header: MOTHER, MC_DOB).
 */
export const rule611 = defineRule({
  code: "611",
  tables: ["Header"],
  fields: ["MOTHER", "MC_DOB"],
  severity: "error",
  message: "The child is recorded as a mother but the date of birth of her first child is blank.",
  check: (ctx) => flagRows(ctx, "Header", "MC_DOB", (r) => r.MOTHER === "1" && r.MC_DOB == null),
});
