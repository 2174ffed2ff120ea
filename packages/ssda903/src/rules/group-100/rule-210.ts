import { civilOf, epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 210: the DfE's condition for UN4 ("UPN not yet obtained") as written in the rule: when the child's
 * UPN is UN4, none of the child's episodes may start on or after 24 March of the year the collection
 * year ends (24 March 2024 for 2023-24). The episode and the Header record are both flagged.
 * DfE SSDA903 validation rule 210 (Header.UPN; Episodes.DECOM).
 */
export const rule210 = defineRule({
  code: "210",
  tables: ["Header", "Episodes"],
  fields: ["UPN", "DECOM"],
  severity: "error",
  message: "The UPN is UN4, which is only for children looked after for a week or less at 31 March.",
  *check(ctx) {
    const cutoff = epochDayOf(civilOf(ctx.collectionEnd).year, 3, 24);
    const header = ctx.table("Header");
    const headerRows = ctx.rowsByChild("Header");
    const episodes = ctx.table("Episodes");
    const decomDays = ctx.dates("Episodes", "DECOM");
    for (let i = 0; i < episodes.length; i++) {
      const start = decomDays[i] as number;
      if (Number.isNaN(start) || start < cutoff) continue;
      for (const h of headerRows.get(episodes[i]?.CHILD ?? "") ?? []) {
        if (header[h]?.UPN === "UN4") {
          yield { table: "Episodes", row: i, field: "DECOM" };
          yield { table: "Header", row: h, field: "UPN" };
        }
      }
    }
  },
});
