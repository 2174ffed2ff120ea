import { ageInYears } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 347: a care leaver under 18 at the start of the collection year cannot be accommodated in a Foyer
 * (ACCOM "T"). In force from 2023-24. Age is counted in birthdays (the reference validator uses a
 * fixed 18 × 365.2425 days, which differs only for some births on 1 April and agrees on its own tests).
 * DfE SSDA903 validation rule 347 (OC3.ACCOM, OC3.DOB).
 */
export const rule347 = defineRule({
  code: "347",
  from: "2023-24",
  tables: ["OC3"],
  fields: ["ACCOM", "DOB"],
  severity: "error",
  message:
    "The care leaver was under 18 at the start of the year, so cannot be recorded as living in a Foyer (T).",
  *check(ctx) {
    const rows = ctx.table("OC3");
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]?.ACCOM !== "T") continue;
      const dob = ctx.date(rows[i]?.DOB);
      if (dob !== undefined && ageInYears(dob, ctx.collectionStart) < 18) {
        yield { table: "OC3", row: i, field: "ACCOM" };
      }
    }
  },
});
