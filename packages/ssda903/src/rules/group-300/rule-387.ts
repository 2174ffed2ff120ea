import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/** Ceased: moved into independent living (E5 with support, E6 without). */
const INDEPENDENT_LIVING = new Set(["E5", "E6"]);

/**
 * 387: an episode cannot end with the child moving into independent living (REC E5/E6) before their
 * 14th birthday. Judged when the end date is known; a missing date of birth cannot confirm the age and
 * is flagged.
 * DfE SSDA903 validation rule 387 (Episodes.REC, Episodes.DEC, Header.DOB).
 */
export const rule387 = defineRule({
  code: "387",
  tables: ["Episodes", "Header"],
  fields: ["REC"],
  severity: "error",
  message:
    "The child moved into independent living (E5 or E6) before their 14th birthday; check the reason or dates.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (!INDEPENDENT_LIVING.has(ep?.REC ?? "")) continue;
      const end = ctx.date(ep?.DEC);
      if (end === undefined) continue;
      // Flagged unless the child is shown to be 14 or over on the end date; a missing date of birth
      // cannot show that (as in the reference validator).
      const rows = headerByChild.get(ep?.CHILD ?? "");
      const shownOldEnough = (h: number) => {
        const dob = ctx.date(header[h]?.DOB);
        return dob !== undefined && addYearsDay(dob, 14) <= end;
      };
      if (!rows?.every(shownOldEnough)) yield { table: "Episodes", row: e, field: "REC" };
    }
  },
});
