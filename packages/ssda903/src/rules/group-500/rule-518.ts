import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** SEX_ADOPTR codes that fit legal status L4 (DfE SSDA903 code sets LS_ADOPTR and SEX_ADOPTR). */
const ALLOWED: ReadonlySet<string> = new Set(["MM", "FF"]);

/**
 * 518: when the adopters' legal status is L4 (an unmarried couple of the same sex) the adopters' sexes must be MM or FF.
 * A blank SEX_ADOPTR fails too.
 * DfE SSDA903 validation rule 518 (AD1: LS_ADOPTR, SEX_ADOPTR).
 */
export const rule518 = defineRule({
  code: "518",
  tables: ["AD1"],
  fields: ["LS_ADOPTR", "SEX_ADOPTR"],
  severity: "error",
  message:
    "The adopters are recorded as an unmarried same-sex couple (L4) but their sexes are not coded MM or FF.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "SEX_ADOPTR", (r) => r.LS_ADOPTR === "L4" && !ALLOWED.has(r.SEX_ADOPTR ?? "")),
});
