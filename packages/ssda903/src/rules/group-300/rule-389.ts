import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 389: an episode cannot end with the child transferred to adult social care (REC E7) before their
 * 16th birthday. Judged when the end date and date of birth are known.
 * DfE SSDA903 validation rule 389 (Episodes.REC, Episodes.DEC, Header.DOB).
 */
export const rule389 = defineRule({
  code: "389",
  tables: ["Episodes", "Header"],
  fields: ["REC"],
  severity: "error",
  message:
    "The child was transferred to adult social care (E7) before their 16th birthday; check the reason or dates.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (ep?.REC?.toUpperCase() !== "E7") continue;
      const end = ctx.date(ep.DEC);
      if (end === undefined) continue;
      for (const h of headerByChild.get(ep.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && end < addYearsDay(dob, 16)) {
          yield { table: "Episodes", row: e, field: "REC" };
          break;
        }
      }
    }
  },
});
