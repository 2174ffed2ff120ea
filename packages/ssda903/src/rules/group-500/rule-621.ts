import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 621: a mother cannot be younger than her first child: MC_DOB must be after the child's own DOB. As in
 * the reference validator, a first child's birth date against an unreadable DOB is flagged too.
 * DfE SSDA903 validation rule 621 (Header: DOB, MC_DOB).
 */
export const rule621 = defineRule({
  code: "621",
  tables: ["Header"],
  fields: ["DOB", "MC_DOB"],
  severity: "error",
  message:
    "The date of birth of the child's first child is on or before the child's own date of birth; check both dates.",
  check: (ctx) =>
    flagRows(ctx, "Header", "MC_DOB", (r) => {
      const first = ctx.date(r.MC_DOB);
      if (first === undefined) return false;
      const dob = ctx.date(r.DOB);
      return dob === undefined || first <= dob;
    }),
});
