import { defineRule } from "../rule";
import { headerChangedSinceLastYear } from "./previous-header";

/** SEX changed code set in 2024-25 (1/2 became M/F), so last year's 1 and this year's M are the same sex. */
const SAME_SEX: Readonly<Record<string, string>> = { "1": "M", "2": "F" };

function sexOf(value: string | null | undefined): string {
  if (value == null) return "";
  return SAME_SEX[value] ?? value;
}

/**
 * 202: a child's sex must match the sex recorded for the child in last year's return (a blank counts
 * as a value: blank both years agrees). The 1/2 codes used up to 2023-24 are read as M/F so that the
 * 2024-25 change of code set is not a change of sex. DfE SSDA903 validation rule 202 (Header.SEX).
 */
export const rule202 = defineRule({
  code: "202",
  tables: ["Header"],
  fields: ["SEX"],
  severity: "error",
  message: "The child's sex differs from the sex recorded for the child in last year's return.",
  needs: ["previous"],
  check: (ctx) => headerChangedSinceLastYear(ctx, "SEX", (now, last) => sexOf(now.SEX) !== sexOf(last.SEX)),
});
