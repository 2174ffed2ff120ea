import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** SEX_ADOPTR codes for one adopter (DfE SSDA903 code set for SEX_ADOPTR). */
const SINGLE: ReadonlySet<string> = new Set(["M1", "F1"]);

/**
 * 514: a single adopter (legal status L0) must have a single adopter's sex, M1 or F1; a blank
 * SEX_ADOPTR fails too.
 * DfE SSDA903 validation rule 514 (AD1: LS_ADOPTR, SEX_ADOPTR).
 */
export const rule514 = defineRule({
  code: "514",
  tables: ["AD1"],
  fields: ["LS_ADOPTR", "SEX_ADOPTR"],
  severity: "error",
  message: "The adopter is recorded as a single adopter (L0) but the adopters' sex is not coded M1 or F1.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "SEX_ADOPTR", (r) => r.LS_ADOPTR === "L0" && !SINGLE.has(r.SEX_ADOPTR ?? "")),
});
