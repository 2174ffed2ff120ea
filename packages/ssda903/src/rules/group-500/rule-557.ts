import { compareCollectionYears } from "@childrens-social-care/core";
import { defineRule } from "../rule";

/** Placed for adoption, PLACE A3–A6 (DfE SSDA903 PLACE code set). */
const PLACED_FOR_ADOPTION: ReadonlySet<string> = new Set(["A3", "A4", "A5", "A6"]);
/** Orders leading to adoption: placement order E1, and freeing order D1 until it left the rule set in 2024-25. */
const ORDERS_TO_2023: ReadonlySet<string> = new Set(["D1", "E1"]);
const ORDERS_FROM_2024: ReadonlySet<string> = new Set(["E1"]);
/** REC codes that are not "left care unadopted": adopted (E11, E12) or a change within care (X1). */
const NOT_LEAVING_UNADOPTED: ReadonlySet<string> = new Set(["E11", "E12", "X1"]);

/**
 * 557: a child who was placed for adoption (PLACE A3–A6) or under a placement order (LS E1; up to 2023-24
 * also a freeing order, D1) and then left care other than by adoption (REC given, not E11, E12 or X1)
 * must have the decision to place for adoption recorded as ended: a PlacedAdoption record with both
 * DATE_PLACED_CEASED and REASON_PLACED_CEASED. The episode is flagged, and any incomplete record.
 * DfE SSDA903 validation rule 557 (Episodes: PLACE, LS, REC; PlacedAdoption: DATE_PLACED_CEASED, REASON_PLACED_CEASED).
 */
export const rule557 = defineRule({
  code: "557",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["DATE_PLACED_CEASED", "REASON_PLACED_CEASED", "PLACE", "LS", "REC"],
  severity: "error",
  message:
    "The child left care without being adopted after a decision to place for adoption, but the date and reason that decision ended are not both completed.",
  *check(ctx) {
    const orders =
      compareCollectionYears(ctx.collectionYear, "2024-25") >= 0 ? ORDERS_FROM_2024 : ORDERS_TO_2023;
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    const incomplete = new Set<number>();
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i];
      if (!e || !(PLACED_FOR_ADOPTION.has(e.PLACE ?? "") || orders.has(e.LS ?? ""))) continue;
      if (e.REC == null || NOT_LEAVING_UNADOPTED.has(e.REC)) continue;
      const records = placedByChild.get(e.CHILD ?? "");
      let flag = !records;
      for (const p of records ?? []) {
        const r = placed[p];
        if (r && (r.DATE_PLACED_CEASED == null || r.REASON_PLACED_CEASED == null)) {
          flag = true;
          incomplete.add(p);
        }
      }
      if (flag) yield { table: "Episodes", row: i, field: "REC" };
    }
    for (const p of incomplete) yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED_CEASED" };
  },
});
