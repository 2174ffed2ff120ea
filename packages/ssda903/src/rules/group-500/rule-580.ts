import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 580: a child who was missing when they ceased to be looked after at 18 (a missing period ending on the
 * 18th birthday, the day an episode ended) must have left care with REC E8 ("period of being looked after
 * ceased for any other reason"). The Missing table carries the child's DOB.
 * DfE SSDA903 validation rule 580 (Episodes: REC, DEC; Missing: MIS_END, DOB).
 */
export const rule580 = defineRule({
  code: "580",
  tables: ["Episodes", "Missing"],
  fields: ["REC"],
  severity: "error",
  message:
    "The child was missing when they stopped being looked after at 18, but the reason the episode ceased is not E8.",
  *check(ctx) {
    const missing = ctx.table("Missing");
    const episodes = ctx.table("Episodes");
    const episodesByChild = ctx.rowsByChild("Episodes");
    const flagged = new Set<number>();
    for (const r of missing) {
      const dob = ctx.date(r.DOB);
      const end = ctx.date(r.MIS_END);
      if (dob === undefined || end === undefined || addYearsDay(dob, 18) !== end) continue;
      for (const i of episodesByChild.get(r.CHILD ?? "") ?? []) {
        const e = episodes[i];
        if (e && ctx.date(e.DEC) === end && e.REC !== "E8") flagged.add(i);
      }
    }
    for (const i of flagged) yield { table: "Episodes", row: i, field: "REC" };
  },
});
