import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 184: a decision to place a child for adoption cannot be dated before the child was born. A decision
 * date that cannot be compared with a valid date of birth (no Header record, or a date of birth that is
 * not a date) is flagged too, so that it gets checked. DfE SSDA903 validation rule 184
 * (PlacedAdoption.DATE_PLACED; Header.DOB).
 */
export const rule184 = defineRule({
  code: "184",
  tables: ["Header", "PlacedAdoption"],
  fields: ["DATE_PLACED", "DOB"],
  severity: "error",
  message:
    "The date of the decision to place the child for adoption is before the child's date of birth (or the date of birth is missing or not a date).",
  check(ctx) {
    const headerRows = ctx.rowsByChild("Header");
    const placedDays = ctx.dates("PlacedAdoption", "DATE_PLACED");
    const births = ctx.dates("Header", "DOB");
    return flagRows(ctx, "PlacedAdoption", "DATE_PLACED", (row, i) => {
      const placed = placedDays[i] as number;
      if (Number.isNaN(placed)) return false;
      const children = headerRows.get(row.CHILD ?? "");
      if (!children) return true;
      for (const h of children) {
        const birth = births[h] as number;
        if (Number.isNaN(birth) || placed < birth) return true;
      }
      return false;
    });
  },
});
