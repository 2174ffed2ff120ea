import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 231 (a query): unaccompanied asylum-seeking children are generally older; a child recorded as UASC
 * (the Header's UASC item is 1) who is under 11 at the end of the collection year (born after the day
 * 11 years before 31 March) should have the date of birth checked. From 2024-25.
 * The UASC flag is read from `UASC` (its DfE XML name) or, failing that, `UASC_STATUS` (the name the
 * DfE's 2024-25 wording of this rule and the Python validator use).
 * DfE SSDA903 validation rule 231 (Header.DOB, UASC).
 */
export const rule231 = defineRule({
  code: "231",
  from: "2024-25",
  tables: ["Header"],
  fields: ["DOB", "UASC"],
  severity: "query",
  message:
    "The child is recorded as an unaccompanied asylum-seeking child but is under 11 at the end of the year; please check the date of birth.",
  *check(ctx) {
    const rows = ctx.table("Header");
    const latest = addYearsDay(ctx.collectionEnd, -11);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row?.UASC !== "1") continue;
      const birth = ctx.date(row.DOB);
      if (birth !== undefined && birth > latest) yield { table: "Header", row: i, field: "DOB" };
    }
  },
});
