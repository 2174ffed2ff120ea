import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/** Ceased: special guardianship orders (E45–E48). */
const SPECIAL_GUARDIANSHIP = new Set(["E45", "E46", "E47", "E48"]);

/**
 * 407: a special guardianship order ends care only for a child under 18, so an episode ending with
 * REC E45–E48 must not end after the child's 18th birthday.
 * DfE SSDA903 validation rule 407 (Episodes.REC, Episodes.DEC, Header.DOB).
 */
export const rule407 = defineRule({
  code: "407",
  tables: ["Episodes", "Header"],
  fields: ["DEC", "DOB", "REC"],
  severity: "error",
  message:
    "The episode ended with a special guardianship order after the child's 18th birthday; check the reason or dates.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (!SPECIAL_GUARDIANSHIP.has(ep?.REC ?? "")) continue;
      const end = ctx.date(ep?.DEC);
      if (end === undefined) continue;
      for (const h of headerByChild.get(ep?.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && addYearsDay(dob, 18) < end) {
          yield { table: "Episodes", row: e, field: "REC" };
          yield { table: "Header", row: h, field: "DOB" };
        }
      }
    }
  },
});
