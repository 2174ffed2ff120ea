import { compareCollectionYears } from "@childrens-social-care/core";
import { defineRule } from "../rule";

/**
 * 607: a girl who ceased to be looked after during the year (an episode ending in the year with a REC
 * other than X1, not a short-break legal status V3/V4) must have the MOTHER field completed. Female is
 * SEX "2" up to 2023-24 and "F" from 2024-25. The episode and the Header record are flagged.
 * DfE SSDA903 validation rule 607 (Episodes: DEC, REC, LS; Header: SEX, MOTHER).
 */
export const rule607 = defineRule({
  code: "607",
  tables: ["Episodes", "Header"],
  fields: ["DEC", "REC", "MOTHER", "LS", "SEX"],
  severity: "error",
  message:
    "The child ceased to be looked after during the year, but the mother field is blank; say whether the child is a mother.",
  *check(ctx) {
    const female = compareCollectionYears(ctx.collectionYear, "2024-25") >= 0 ? "F" : "2";
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    const headers = new Set<number>();
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i];
      if (!e || e.REC == null || e.REC === "X1" || e.LS === "V3" || e.LS === "V4") continue;
      const dec = ctx.date(e.DEC);
      if (dec === undefined || dec < ctx.collectionStart || dec > ctx.collectionEnd) continue;
      let flag = false;
      for (const h of headerByChild.get(e.CHILD ?? "") ?? []) {
        if (header[h]?.SEX === female && header[h]?.MOTHER == null) {
          flag = true;
          headers.add(h);
        }
      }
      if (flag) yield { table: "Episodes", row: i, field: "REC" };
    }
    for (const h of headers) yield { table: "Header", row: h, field: "MOTHER" };
  },
});
