import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { flagUascPairs } from "./uasc-pairs";

/**
 * 205A: a child who was UASC last year but is not this year must have stopped being UASC during last
 * year: last year's date UASC ceased must fall in last year's collection year, and this year's record
 * must have no date ceased. DfE SSDA903 validation rule 205A (UASC.DUC; Header.UASC; last year's
 * return).
 */
export const rule205A = defineRule({
  code: "205A",
  tables: ["UASC"],
  optionalTables: ["Header"],
  fields: ["CHILD", "UASC", "DUC"],
  severity: "error",
  message:
    "The child was an unaccompanied asylum-seeking child last year but not this year, and the dates UASC status ceased in the two returns do not agree with that.",
  needs: ["previous"],
  check(ctx) {
    const lastStart = addYearsDay(ctx.collectionStart, -1);
    const lastEnd = addYearsDay(ctx.collectionEnd, -1);
    return flagUascPairs(ctx, ({ now, uascNow, last, uascLast }) => {
      if (uascNow || !uascLast) return false;
      const ceasedLast = ctx.date(last?.DUC);
      const ceasedLastYear = ceasedLast !== undefined && ceasedLast >= lastStart && ceasedLast <= lastEnd;
      return now.DUC != null || !ceasedLastYear;
    });
  },
});
