import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** SEX_ADOPTR codes for one adopter (DfE SSDA903 code set for SEX_ADOPTR). */
const SINGLE: ReadonlySet<string> = new Set(["M1", "F1"]);

/**
 * 511: when two people adopt the child (`NB_ADOPTR` = 2) the adopters' sexes must describe a couple
 * (MM, FF or MF), never a single adopter's M1 or F1.
 * DfE SSDA903 validation rule 511 (AD1: NB_ADOPTR, SEX_ADOPTR).
 */
export const rule511 = defineRule({
  code: "511",
  tables: ["AD1"],
  fields: ["NB_ADOPTR", "SEX_ADOPTR"],
  severity: "error",
  message:
    "Two adopters are recorded but the adopters' sex is coded for a single adopter (M1 or F1); use MM, FF or MF for a couple.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "SEX_ADOPTR", (r) => r.NB_ADOPTR === "2" && SINGLE.has(r.SEX_ADOPTR ?? "")),
});
