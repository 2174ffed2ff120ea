import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 389: an episode cannot end with the child transferred to adult social care (REC E7) before their
 * 16th birthday; it is also flagged when the end date or date of birth is missing, since the age
 * cannot then be confirmed.
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
      if (ep?.REC !== "E7") continue;
      const end = ctx.date(ep.DEC);
      // Flagged unless the child is shown to be 16 or over on the end date: a missing end date or
      // date of birth cannot show that (as in the reference validator).
      const rows = headerByChild.get(ep.CHILD ?? "");
      const shownOldEnough = (h: number) => {
        const dob = ctx.date(header[h]?.DOB);
        return dob !== undefined && end !== undefined && addYearsDay(dob, 16) <= end;
      };
      if (!rows?.every(shownOldEnough)) yield { table: "Episodes", row: e, field: "REC" };
    }
  },
});
