import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 542: a child under 10 on the last day of the collection year (31 March) should have no conviction
 * information (CONVICTED) in the outcomes table: the age of criminal responsibility in England is 10
 * (Children and Young Persons Act 1933, s.50).
 * DfE SSDA903 validation rule 542 (OC2: DOB, CONVICTED).
 */
export const rule542 = defineRule({
  code: "542",
  tables: ["OC2"],
  fields: ["DOB", "CONVICTED"],
  severity: "error",
  message:
    "Conviction information is recorded for a child under 10 at 31 March; leave it blank for children under 10.",
  check: (ctx) =>
    flagRows(ctx, "OC2", "CONVICTED", (r) => {
      const dob = ctx.date(r.DOB);
      return r.CONVICTED != null && dob !== undefined && addYearsDay(dob, 10) > ctx.collectionEnd;
    }),
});
