import { defineRule } from "../rule";
import { flagUascPairs } from "./uasc-pairs";

/**
 * 205C: a child who was UASC neither this year nor last cannot have a date UASC ceased in either
 * year's record. DfE SSDA903 validation rule 205C (UASC.DUC; Header.UASC; last year's return).
 */
export const rule205C = defineRule({
  code: "205C",
  tables: ["UASC"],
  optionalTables: ["Header"],
  fields: ["DUC", "UASC"],
  severity: "error",
  message:
    "A date UASC status ceased is given, but the child is not shown as an unaccompanied asylum-seeking child this year or last.",
  needs: ["previous"],
  check: (ctx) =>
    flagUascPairs(
      ctx,
      ({ now, uascNow, last, uascLast }) =>
        !uascNow && !uascLast && (ctx.date(now.DUC) !== undefined || ctx.date(last?.DUC) !== undefined),
    ),
});
