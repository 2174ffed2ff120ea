import { addYearsDay, civilOf, epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 209: UN1 ("child not yet of school age") cannot be the UPN of a child who was 4 or over on 31 August
 * of the calendar year before the collection year began (e.g. 31 August 2022 for 2023-24), as such a
 * child has started school. DfE SSDA903 validation rule 209 (Header.UPN, DOB).
 */
export const rule209 = defineRule({
  code: "209",
  tables: ["Header"],
  fields: ["UPN", "DOB"],
  severity: "error",
  message: "The UPN is UN1 (not of school age), but the child is of school age; give the child's UPN.",
  check(ctx) {
    const cutoff = epochDayOf(civilOf(ctx.collectionStart).year - 1, 8, 31);
    return flagRows(ctx, "Header", "UPN", (row) => {
      if (row.UPN !== "UN1") return false;
      const birth = ctx.date(row.DOB);
      return birth !== undefined && addYearsDay(birth, 4) <= cutoff;
    });
  },
});
