import { defineRule } from "../rule";
import { headerChangedSinceLastYear } from "./previous-header";

/**
 * 203: a child's date of birth must match the one recorded for the child in last year's return. Dates
 * are compared as dates (so 1/4/2015 and 01/04/2015 agree); two dates that are both missing or invalid
 * agree, as they do in the DfE check. DfE SSDA903 validation rule 203 (Header.DOB).
 */
export const rule203 = defineRule({
  code: "203",
  tables: ["Header"],
  fields: ["DOB"],
  severity: "error",
  message:
    "The child's date of birth differs from the date of birth recorded for the child in last year's return.",
  needs: ["previous"],
  check: (ctx) =>
    headerChangedSinceLastYear(ctx, "DOB", (now, last) => ctx.date(now.DOB) !== ctx.date(last.DOB)),
});
