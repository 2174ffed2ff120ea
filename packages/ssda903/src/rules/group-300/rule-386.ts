import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

const ADOPTED = new Set(["E11", "E12"]);

/**
 * 386: an episode cannot end in adoption (REC E11/E12) on or after the child's 18th birthday.
 * DfE SSDA903 validation rule 386 (Episodes.REC, Episodes.DEC, Header.DOB).
 */
export const rule386 = defineRule({
  code: "386",
  tables: ["Episodes", "Header"],
  fields: ["REC"],
  severity: "error",
  message: "The episode ended in adoption on or after the child's 18th birthday; check the reason or dates.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (!ADOPTED.has(ep?.REC ?? "")) continue;
      const end = ctx.date(ep?.DEC);
      if (end === undefined) continue;
      for (const h of headerByChild.get(ep?.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && addYearsDay(dob, 18) <= end) {
          yield { table: "Episodes", row: e, field: "REC" };
          break;
        }
      }
    }
  },
});
