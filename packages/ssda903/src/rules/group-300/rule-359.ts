import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 359: a young person still looked after at the end of the year after their 18th birthday must be
 * accommodated under section 20(5) of the Children Act 1989 (LS "V2") in a children's home (PLACE "K2").
 * DfE SSDA903 validation rule 359 (Episodes.DEC, Episodes.LS, Episodes.PLACE, Header.DOB).
 */
export const rule359 = defineRule({
  code: "359",
  tables: ["Episodes", "Header"],
  fields: ["DEC", "LS", "PLACE"],
  severity: "error",
  message:
    "The young person is over 18 and still looked after at the year end, so the episode must be legal status V2 in placement K2.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (ep?.DEC != null || (ep?.LS === "V2" && ep.PLACE === "K2")) continue;
      for (const h of headerByChild.get(ep?.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && addYearsDay(dob, 18) < ctx.collectionEnd) {
          yield { table: "Episodes", row: e, field: "LS" };
          break;
        }
      }
    }
  },
});
