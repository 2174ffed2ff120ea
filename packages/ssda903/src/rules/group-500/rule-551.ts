import { defineRule } from "../rule";

/** Placed for adoption, PLACE A3–A6 (DfE SSDA903 PLACE code set). */
const PLACED_FOR_ADOPTION: ReadonlySet<string> = new Set(["A3", "A4", "A5", "A6"]);

/**
 * 551: a child placed for adoption (an episode with PLACE A3–A6) must have a date of the decision that
 * they should be placed for adoption: a PlacedAdoption record, none of the child's records with
 * DATE_PLACED blank.
 * DfE SSDA903 validation rule 551 (Episodes: PLACE; PlacedAdoption: DATE_PLACED).
 */
export const rule551 = defineRule({
  code: "551",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["DATE_PLACED", "PLACE"],
  severity: "error",
  message:
    "The child is placed for adoption but there is no date of the decision that the child should be placed for adoption.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i];
      if (!e || !PLACED_FOR_ADOPTION.has(e.PLACE ?? "")) continue;
      const records = placedByChild.get(e.CHILD ?? "");
      if (!records || records.some((p) => placed[p]?.DATE_PLACED == null)) {
        yield { table: "Episodes", row: i, field: "PLACE" };
      }
    }
  },
});
