import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 352: a child cannot start to be looked after (RNE "S") on or after their 18th birthday.
 * DfE SSDA903 validation rule 352 (Episodes.DECOM, Episodes.RNE, Header.DOB).
 */
export const rule352 = defineRule({
  code: "352",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "RNE"],
  severity: "error",
  message: "The child started to be looked after on or after their 18th birthday.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (ep?.RNE !== "S") continue;
      const start = ctx.date(ep.DECOM);
      if (start === undefined) continue;
      for (const h of headerByChild.get(ep.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && addYearsDay(dob, 18) <= start) {
          yield { table: "Episodes", row: e, field: "DECOM" };
          break;
        }
      }
    }
  },
});
