import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** SEX_ADOPTR codes that fit legal status L2 (DfE SSDA903 code sets LS_ADOPTR and SEX_ADOPTR). */
const ALLOWED: ReadonlySet<string> = new Set(["MM", "FF", "MF"]);

/**
 * 519: when the adopters' legal status is L2 (a civil partnership) the adopters' sexes must be MM or FF or MF.
 * A blank SEX_ADOPTR fails too.
 * DfE SSDA903 validation rule 519 (AD1: LS_ADOPTR, SEX_ADOPTR).
 */
export const rule519 = defineRule({
  code: "519",
  tables: ["AD1"],
  fields: ["LS_ADOPTR", "SEX_ADOPTR"],
  severity: "error",
  message:
    "The adopters are recorded as civil partners (L2) but their sexes are not coded as a couple (MM, FF or MF).",
  check: (ctx) =>
    flagRows(ctx, "AD1", "SEX_ADOPTR", (r) => r.LS_ADOPTR === "L2" && !ALLOWED.has(r.SEX_ADOPTR ?? "")),
});
