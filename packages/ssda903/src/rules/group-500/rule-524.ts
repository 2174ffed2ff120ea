import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** SEX_ADOPTR codes that fit legal status L12 (DfE SSDA903 code sets LS_ADOPTR and SEX_ADOPTR). */
const ALLOWED: ReadonlySet<string> = new Set(["MM", "FF"]);

/**
 * 524: when the adopters' legal status is L12 (a married couple of the same sex) the adopters' sexes must be MM or FF.
 * A blank SEX_ADOPTR fails too.
 * DfE SSDA903 validation rule 524 (AD1: LS_ADOPTR, SEX_ADOPTR).
 */
export const rule524 = defineRule({
  code: "524",
  tables: ["AD1"],
  fields: ["LS_ADOPTR", "SEX_ADOPTR"],
  severity: "error",
  message:
    "The adopters are recorded as a married same-sex couple (L12) but their sexes are not coded MM or FF.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "SEX_ADOPTR", (r) => r.LS_ADOPTR === "L12" && !ALLOWED.has(r.SEX_ADOPTR ?? "")),
});
