import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** REC codes for a young person staying with former foster carers (DfE SSDA903 REC code set). */
const STAYING_PUT: ReadonlySet<string> = new Set(["E45", "E46"]);
/** Foster placements, PLACE U1–U6 (DfE SSDA903 PLACE code set). */
const FOSTER: ReadonlySet<string> = new Set(["U1", "U2", "U3", "U4", "U5", "U6"]);

/**
 * 516: an episode that ended because the child stayed with former foster carers (REC E45 or E46,
 * "staying put") must have been a foster placement, PLACE U1–U6.
 * DfE SSDA903 validation rule 516 (Episodes: REC, PLACE).
 */
export const rule516 = defineRule({
  code: "516",
  tables: ["Episodes"],
  fields: ["REC", "PLACE"],
  severity: "error",
  message:
    "The episode ended with the child staying with former foster carers (E45 or E46) but the placement is not a foster placement (U1 to U6).",
  check: (ctx) =>
    flagRows(ctx, "Episodes", "PLACE", (r) => STAYING_PUT.has(r.REC ?? "") && !FOSTER.has(r.PLACE ?? "")),
});
