import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { flagUascPairs } from "./uasc-pairs";

/**
 * 205B: a child who is UASC in both years must have last year's date UASC ceased on their 18th
 * birthday (from last year's date of birth), and this year's date ceased must either fall in this
 * collection year or repeat last year's. DfE SSDA903 validation rule 205B (UASC.DUC; Header.UASC;
 * last year's return).
 */
export const rule205B = defineRule({
  code: "205B",
  tables: ["UASC"],
  optionalTables: ["Header"],
  fields: ["DUC", "UASC"],
  severity: "error",
  message:
    "The child was an unaccompanied asylum-seeking child in both years, but the dates UASC status ceased do not match the child's 18th birthday or this year.",
  needs: ["previous"],
  check: (ctx) =>
    flagUascPairs(ctx, ({ now, uascNow, last, uascLast }) => {
      if (!uascNow || !uascLast) return false;
      const ceased = ctx.date(now.DUC);
      const ceasedLast = ctx.date(last?.DUC);
      const birth = ctx.date(last?.DOB);
      const eighteenth = birth === undefined ? undefined : addYearsDay(birth, 18);
      const inYear = ceased !== undefined && ceased >= ctx.collectionStart && ceased <= ctx.collectionEnd;
      const sameAsLast = ceased !== undefined && ceased === ceasedLast;
      const lastIs18th = ceasedLast !== undefined && ceasedLast === eighteenth;
      return (!inYear && !sameAsLast) || !lastIs18th;
    }),
});
