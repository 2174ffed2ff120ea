import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 586: a child cannot go missing on or before the day they were born (the Missing table carries the
 * child's DOB).
 * DfE SSDA903 validation rule 586 (Missing: DOB, MIS_START).
 */
export const rule586 = defineRule({
  code: "586",
  tables: ["Missing"],
  fields: ["DOB", "MIS_START"],
  severity: "error",
  message:
    "The missing period starts on or before the child's date of birth; check the start date and the date of birth.",
  check: (ctx) =>
    flagRows(ctx, "Missing", "MIS_START", (r) => {
      const start = ctx.date(r.MIS_START);
      const dob = ctx.date(r.DOB);
      return start !== undefined && dob !== undefined && start <= dob;
    }),
});
