import { PreviousPermanence } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 631: PREV_PERM, where given, must be a previous permanence code valid in the year (P1 adoption, P2
 * special guardianship, P3 residence/child arrangements order, P4 unknown, Z1 none; placements'
 * PreviousPermanence code list).
 * DfE SSDA903 validation rule 631 (PrevPerm: PREV_PERM).
 */
export const rule631 = defineRule({
  code: "631",
  tables: ["PrevPerm"],
  fields: ["PREV_PERM"],
  severity: "error",
  message: "The previous permanence option is not one of the codes P1, P2, P3, P4 or Z1.",
  check: (ctx) => {
    // The year's valid codes, looked up once rather than per row.
    const valid: ReadonlySet<string> = new Set(PreviousPermanence.codesIn(ctx.collectionYear));
    return flagRows(ctx, "PrevPerm", "PREV_PERM", (r) => r.PREV_PERM != null && !valid.has(r.PREV_PERM));
  },
});
