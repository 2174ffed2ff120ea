import { addYearsDay, civilOf } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 1007: care leaver information is not wanted for a young person aged 17 or 18 at the end of the
 * collection year who was still looked after on their latest birthday (an episode began on or before
 * that birthday and ended after it). DfE SSDA903 validation rule 1007 (OC3.IN_TOUCH, ACTIV, ACCOM).
 */
export const rule1007 = defineRule({
  code: "1007",
  tables: ["Episodes", "OC3"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "This young person was still looked after on their latest (17th or 18th) birthday, so care leaver information is not required: remove the OC3 information.",
  *check(ctx) {
    const end = ctx.collectionEnd;
    const endYear = civilOf(end).year;
    const episodes = ctx.table("Episodes");
    const byChild = ctx.rowsByChild("Episodes");
    const oc3 = ctx.table("OC3");
    for (let i = 0; i < oc3.length; i++) {
      const r = oc3[i];
      if (!r || (r.IN_TOUCH == null && r.ACTIV == null && r.ACCOM == null)) continue;
      const dob = ctx.date(r.DOB);
      if (dob === undefined) continue;
      if (!(addYearsDay(dob, 17) <= end && addYearsDay(dob, 19) > end)) continue;
      // The birthday in the year the collection ends, or the year before when it falls after the end
      // (29 February falls on 28 February in other years, as addYearsDay does).
      let birthday = addYearsDay(dob, endYear - civilOf(dob).year);
      if (birthday > end) birthday = addYearsDay(dob, endYear - 1 - civilOf(dob).year);
      for (const e of byChild.get(r.CHILD ?? "") ?? []) {
        const start = ctx.date(episodes[e]?.DECOM);
        const ceased = ctx.date(episodes[e]?.DEC);
        if (start !== undefined && ceased !== undefined && start <= birthday && ceased > birthday) {
          yield { table: "OC3", row: i };
          break;
        }
      }
    }
  },
});
