import { defineRule } from "../rule";

/**
 * 523: the date of the decision that the child should be placed for adoption (PlacedAdoption
 * DATE_PLACED) should be the same day as the decision that adoption is in the child's best interests
 * (AD1 DATE_INT). Every pairing of the child's records with both dates readable is compared.
 * DfE SSDA903 validation rule 523 (PlacedAdoption: DATE_PLACED; AD1: DATE_INT).
 */
export const rule523 = defineRule({
  code: "523",
  tables: ["AD1", "PlacedAdoption"],
  fields: ["DATE_PLACED", "DATE_INT"],
  severity: "error",
  message:
    "The date of the decision to place for adoption differs from the date adoption was decided to be in the child's best interests; they should be the same day.",
  *check(ctx) {
    const placed = ctx.table("PlacedAdoption");
    const ad1 = ctx.table("AD1");
    const ad1ByChild = ctx.rowsByChild("AD1");
    for (let p = 0; p < placed.length; p++) {
      const decided = ctx.date(placed[p]?.DATE_PLACED);
      if (decided === undefined) continue;
      for (const a of ad1ByChild.get(placed[p]?.CHILD ?? "") ?? []) {
        const best = ctx.date(ad1[a]?.DATE_INT);
        if (best !== undefined && best !== decided) {
          yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED" };
          yield { table: "AD1", row: a, field: "DATE_INT" };
        }
      }
    }
  },
});
