import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 232 (a query): the child's sex is recorded as unknown (U, in either case). From 2024-25, when the
 * SEX code set gained U. DfE SSDA903 validation rule 232 (Header.SEX).
 */
export const rule232 = defineRule({
  code: "232",
  from: "2024-25",
  tables: ["Header"],
  fields: ["SEX"],
  severity: "query",
  message: "The child's sex is recorded as unknown; please check whether it is known.",
  check: (ctx) => flagRows(ctx, "Header", "SEX", (row) => row.SEX === "U" || row.SEX === "u"),
});
