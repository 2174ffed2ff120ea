import { defineRule } from "../rule";
import { TEMPORARY_PLACEMENTS } from "./temporary-placements";

const RESPITE = new Set(["V3", "V4"]);

/**
 * 382: a child receiving respite care (legal status V3 or V4) cannot be in a temporary placement (T0–T4).
 * DfE SSDA903 validation rule 382 (Episodes.LS, Episodes.PLACE).
 */
export const rule382 = defineRule({
  code: "382",
  tables: ["Episodes"],
  fields: ["LS", "PLACE"],
  severity: "error",
  message: "A child in respite care (V3 or V4) cannot be in a temporary placement (T0–T4).",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (RESPITE.has(r?.LS ?? "") && TEMPORARY_PLACEMENTS.has(r?.PLACE ?? "")) {
        yield { table: "Episodes", row: i, field: "PLACE" };
      }
    }
  },
});
