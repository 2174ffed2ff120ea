import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 1016: care leaver information is not wanted for a young person aged 17 or 18 at the end of the
 * collection year whose episode ended on or after their latest birthday (17th or 18th) before
 * that date: they left care after the birthday the care leaver return is about.
 * DfE SSDA903 validation rule 1016 (OC3.IN_TOUCH, ACTIV, ACCOM, from 2023-24).
 */
export const rule1016 = defineRule({
  code: "1016",
  from: "2023-24",
  tables: ["Episodes", "OC3"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "This young person stopped being looked after on or after their latest (17th or 18th) birthday, so care leaver information is not required: remove the OC3 information.",
  *check(ctx) {
    const end = ctx.collectionEnd;
    const episodes = ctx.table("Episodes");
    const byChild = ctx.rowsByChild("Episodes");
    const oc3 = ctx.table("OC3");
    for (let i = 0; i < oc3.length; i++) {
      const r = oc3[i];
      if (!r || (r.IN_TOUCH == null && r.ACTIV == null && r.ACCOM == null)) continue;
      const dob = ctx.date(r.DOB);
      if (dob === undefined) continue;
      const seventeenth = addYearsDay(dob, 17);
      const eighteenth = addYearsDay(dob, 18);
      if (!(seventeenth <= end && addYearsDay(dob, 19) > end)) continue;
      const birthday = eighteenth <= end ? eighteenth : seventeenth;
      for (const e of byChild.get(r.CHILD ?? "") ?? []) {
        const ceased = ctx.date(episodes[e]?.DEC);
        if (ceased !== undefined && ceased >= birthday) {
          yield { table: "OC3", row: i };
          break;
        }
      }
    }
  },
});
