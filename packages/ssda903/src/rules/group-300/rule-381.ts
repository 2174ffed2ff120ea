import { defineRule } from "../rule";
import { TEMPORARY_PLACEMENTS } from "./temporary-placements";

/**
 * 381: a period of care cannot end with a temporary placement: an episode in a temporary placement
 * (T0–T4) that has ended must have reason episode ceased X1 (episode ends, care continues).
 * DfE SSDA903 validation rule 381 (Episodes.PLACE, Episodes.REC).
 */
export const rule381 = defineRule({
  code: "381",
  tables: ["Episodes"],
  fields: ["PLACE", "REC"],
  severity: "error",
  message: "A temporary placement (T0–T4) cannot end the period of care; its reason for ending must be X1.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (TEMPORARY_PLACEMENTS.has(r?.PLACE ?? "") && r?.REC != null && r.REC !== "X1") {
        yield { table: "Episodes", row: i, field: "REC" };
      }
    }
  },
});
