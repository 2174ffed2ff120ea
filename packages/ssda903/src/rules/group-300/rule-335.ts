import { defineRule } from "../rule";

const ADOPTED = new Set(["E1", "E11", "E12"]);
/** Placed for adoption with the child's current foster carer(s) (PLACE code list). */
const WITH_FOSTER_CARER = new Set(["A2", "A3", "A5"]);
/** Placed for adoption with someone other than the current foster carer(s). */
const NOT_WITH_FOSTER_CARER = new Set(["A1", "A4", "A6"]);

/**
 * 335: on an episode that ended in adoption, the adoption placement type must agree with AD1's
 * FOSTER_CARE flag (0 = not adopted by the current foster carer, 1 = adopted by them).
 * DfE SSDA903 validation rule 335 (Episodes.PLACE, AD1.FOSTER_CARE).
 */
export const rule335 = defineRule({
  code: "335",
  tables: ["Episodes", "AD1"],
  fields: ["PLACE", "FOSTER_CARE"],
  severity: "error",
  message:
    "The adoption placement type disagrees with whether the child was adopted by their foster carer (FOSTER_CARE).",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const ad1 = ctx.table("AD1");
    const ad1ByChild = ctx.rowsByChild("AD1");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (!ADOPTED.has(ep?.REC ?? "")) continue;
      const place = ep?.PLACE ?? "";
      const wrong = WITH_FOSTER_CARER.has(place) ? "0" : NOT_WITH_FOSTER_CARER.has(place) ? "1" : undefined;
      if (wrong === undefined) continue;
      for (const a of ad1ByChild.get(ep?.CHILD ?? "") ?? []) {
        if (ad1[a]?.FOSTER_CARE === wrong) {
          yield { table: "Episodes", row: e, field: "PLACE" };
          yield { table: "AD1", row: a, field: "FOSTER_CARE" };
        }
      }
    }
  },
});
