import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/** Accommodation with former foster carers (Z1 staying put, Z2 other). */
const WITH_FORMER_FOSTER_CARERS = new Set(["Z1", "Z2"]);

/**
 * 3001: for a young person whose 17th birthday falls in the collection year, care leaver
 * accommodation cannot be with former foster carers (ACCOM Z1/Z2): at 17 they are still looked
 * after, so "staying put" has not begun.
 * DfE SSDA903 validation rule 3001 (OC3.ACCOM, Header.DOB).
 */
export const rule3001 = defineRule({
  code: "3001",
  tables: ["Header", "OC3"],
  fields: ["ACCOM"],
  severity: "error",
  message:
    "The young person turned 17 this year, so their accommodation cannot be recorded as with former foster carers (Z1/Z2).",
  *check(ctx) {
    const oc3 = ctx.table("OC3");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let i = 0; i < oc3.length; i++) {
      if (!WITH_FORMER_FOSTER_CARERS.has(oc3[i]?.ACCOM ?? "")) continue;
      for (const h of headerByChild.get(oc3[i]?.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob === undefined) continue;
        const seventeenth = addYearsDay(dob, 17);
        if (seventeenth >= ctx.collectionStart && seventeenth <= ctx.collectionEnd) {
          yield { table: "OC3", row: i, field: "ACCOM" };
          break;
        }
      }
    }
  },
});
