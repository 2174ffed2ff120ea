import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** SEX_ADOPTR codes that fit legal status L3 (DfE SSDA903 code sets LS_ADOPTR and SEX_ADOPTR). */
const ALLOWED: ReadonlySet<string> = new Set(["MF"]);

/**
 * 517: when the adopters' legal status is L3 (an unmarried couple of different sexes) the adopters' sexes must be MF.
 * A blank SEX_ADOPTR fails too.
 * DfE SSDA903 validation rule 517 (AD1: LS_ADOPTR, SEX_ADOPTR).
 */
export const rule517 = defineRule({
  code: "517",
  tables: ["AD1"],
  fields: ["LS_ADOPTR", "SEX_ADOPTR"],
  severity: "error",
  message:
    "The adopters are recorded as an unmarried couple of different sexes (L3) but their sexes are not coded MF.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "SEX_ADOPTR", (r) => r.LS_ADOPTR === "L3" && !ALLOWED.has(r.SEX_ADOPTR ?? "")),
});
