import { defineRule } from "../rule";

/** Placed for adoption, PLACE A3–A6 (DfE SSDA903 PLACE code set). */
const PLACED_FOR_ADOPTION: ReadonlySet<string> = new Set(["A3", "A4", "A5", "A6"]);

/**
 * 521: the date the local authority decided adoption is in the child's best interests (AD1 DATE_INT)
 * must be on or before the start of any placement for adoption (an episode with PLACE A3–A6). Both the
 * episode and the AD1 record are flagged.
 * DfE SSDA903 validation rule 521 (Episodes: PLACE, DECOM; AD1: DATE_INT).
 */
export const rule521 = defineRule({
  code: "521",
  tables: ["Episodes", "AD1"],
  fields: ["PLACE", "DECOM", "DATE_INT"],
  severity: "error",
  message:
    "The child was placed for adoption before the date of the decision that adoption is in the child's best interests; check both dates.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const ad1 = ctx.table("AD1");
    const ad1ByChild = ctx.rowsByChild("AD1");
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i];
      if (!e || !PLACED_FOR_ADOPTION.has(e.PLACE ?? "")) continue;
      const start = ctx.date(e.DECOM);
      if (start === undefined) continue;
      for (const a of ad1ByChild.get(e.CHILD ?? "") ?? []) {
        const decided = ctx.date(ad1[a]?.DATE_INT);
        if (decided !== undefined && decided > start) {
          yield { table: "Episodes", row: i, field: "DECOM" };
          yield { table: "AD1", row: a, field: "DATE_INT" };
        }
      }
    }
  },
});
