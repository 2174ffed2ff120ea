import { defineRule } from "../rule";

/** The AD1 fields that describe a completed adoption. */
const ADOPTION_FIELDS = [
  "DATE_INT",
  "DATE_MATCH",
  "FOSTER_CARE",
  "NB_ADOPTR",
  "SEX_ADOPTR",
  "LS_ADOPTR",
] as const;

/**
 * 525: a child whose decision to be placed for adoption was reversed (DATE_PLACED_CEASED given) cannot
 * also have adoption details in AD1 (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR).
 * DfE SSDA903 validation rule 525 (PlacedAdoption: DATE_PLACED_CEASED; AD1).
 */
export const rule525 = defineRule({
  code: "525",
  tables: ["PlacedAdoption", "AD1"],
  fields: [
    "DATE_PLACED_CEASED",
    "DATE_INT",
    "DATE_MATCH",
    "FOSTER_CARE",
    "NB_ADOPTR",
    "SEX_ADOPTR",
    "LS_ADOPTR",
  ],
  severity: "error",
  message:
    "The decision to place this child for adoption was reversed, but adoption details are recorded in the adoption table; remove them or check the reversal.",
  *check(ctx) {
    const placed = ctx.table("PlacedAdoption");
    const ad1 = ctx.table("AD1");
    const ad1ByChild = ctx.rowsByChild("AD1");
    for (let p = 0; p < placed.length; p++) {
      if (placed[p]?.DATE_PLACED_CEASED == null) continue;
      for (const a of ad1ByChild.get(placed[p]?.CHILD ?? "") ?? []) {
        const r = ad1[a];
        if (r && ADOPTION_FIELDS.some((f) => r[f] != null)) {
          yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED_CEASED" };
          yield { table: "AD1", row: a };
        }
      }
    }
  },
});
