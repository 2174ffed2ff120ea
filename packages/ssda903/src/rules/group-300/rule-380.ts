import { defineRule } from "../rule";
import { TEMPORARY_PLACEMENTS } from "./temporary-placements";

/**
 * 380: a period of care cannot start with a temporary placement: an episode in a temporary placement
 * (T0–T4) must have reason for new episode P (placement change) or B (placement and legal status).
 * DfE SSDA903 validation rule 380 (Episodes.PLACE, Episodes.RNE).
 */
export const rule380 = defineRule({
  code: "380",
  tables: ["Episodes"],
  fields: ["PLACE", "RNE"],
  severity: "error",
  message:
    "A temporary placement (T0–T4) must follow a placement change (RNE P or B); a period of care cannot start with one.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (TEMPORARY_PLACEMENTS.has(r?.PLACE ?? "") && r?.RNE !== "P" && r?.RNE !== "B") {
        yield { table: "Episodes", row: i, field: "RNE" };
      }
    }
  },
});
