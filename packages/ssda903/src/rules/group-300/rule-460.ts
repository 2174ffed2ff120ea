import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 460: REC E17 (stayed with current carers at 18 or over, "staying put") cannot end an episode
 * before the child's 18th birthday.
 * DfE SSDA903 validation rule 460 (Episodes.REC, Episodes.DEC, Header.DOB).
 */
export const rule460 = defineRule({
  code: "460",
  tables: ["Episodes", "Header"],
  fields: ["DEC", "REC"],
  severity: "error",
  message: "The episode ended with the young person staying put at 18 (E17), but they were not yet 18.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (ep?.REC !== "E17") continue;
      const end = ctx.date(ep.DEC);
      if (end === undefined) continue;
      for (const h of headerByChild.get(ep.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && addYearsDay(dob, 18) > end) {
          yield { table: "Episodes", row: e, field: "REC" };
          break;
        }
      }
    }
  },
});
