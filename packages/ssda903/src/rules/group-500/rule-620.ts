import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 620: a child recorded as a mother must have been at least 11 at the start of the collection year
 * (1 April): flagged when her 11th birthday falls after that day.
 * DfE SSDA903 validation rule 620 (Header: DOB, MOTHER).
 */
export const rule620 = defineRule({
  code: "620",
  tables: ["Header"],
  fields: ["DOB", "MOTHER"],
  severity: "error",
  message:
    "The child is recorded as a mother but was under 11 at the start of the year; check the mother field and the date of birth.",
  check: (ctx) =>
    flagRows(ctx, "Header", "MOTHER", (r) => {
      if (r.MOTHER !== "1") return false;
      const dob = ctx.date(r.DOB);
      return dob !== undefined && addYearsDay(dob, 11) > ctx.collectionStart;
    }),
});
