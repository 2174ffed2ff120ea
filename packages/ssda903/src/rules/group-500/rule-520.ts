import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** SEX_ADOPTR codes that fit legal status L11 (DfE SSDA903 code sets LS_ADOPTR and SEX_ADOPTR). */
const ALLOWED: ReadonlySet<string> = new Set(["MF"]);

/**
 * 520: when the adopters' legal status is L11 (a married couple of different sexes) the adopters' sexes must be MF.
 * A blank SEX_ADOPTR fails too.
 * DfE SSDA903 validation rule 520 (AD1: LS_ADOPTR, SEX_ADOPTR).
 */
export const rule520 = defineRule({
  code: "520",
  tables: ["AD1"],
  fields: ["LS_ADOPTR", "SEX_ADOPTR"],
  severity: "error",
  message:
    "The adopters are recorded as a married couple of different sexes (L11) but their sexes are not coded MF.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "SEX_ADOPTR", (r) => r.LS_ADOPTR === "L11" && !ALLOWED.has(r.SEX_ADOPTR ?? "")),
});
