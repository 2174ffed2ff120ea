import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/** Ceased: moved into independent living (E5 with support, E6 without). */
const INDEPENDENT_LIVING = new Set(["E5", "E6"]);

/**
 * 387: an episode cannot end with the child moving into independent living (REC E5/E6) before their
 * 14th birthday. Only judged when the end date and the date of birth are known.
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
      if (!INDEPENDENT_LIVING.has(ep?.REC?.toUpperCase() ?? "")) continue;
      const end = ctx.date(ep?.DEC);
      if (end === undefined) continue;
      for (const h of headerByChild.get(ep?.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && end < addYearsDay(dob, 14)) {
          yield { table: "Episodes", row: e, field: "REC" };
          break;
        }
      }
    }
  },
});
