import { defineRule } from "../rule";

/**
 * 366: a short-term respite break (legal status V3) is one episode: its reason for new episode must be
 * "S", since the child cannot change placement during the break.
 * DfE SSDA903 validation rule 366 (Episodes.RNE, Episodes.LS).
 */
export const rule366 = defineRule({
  code: "366",
  tables: ["Episodes"],
  fields: ["RNE", "LS"],
  severity: "error",
  message:
    "A short-term respite break (V3) must start a new period of care (RNE S); the child cannot change placement during it.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]?.LS === "V3" && rows[i]?.RNE !== "S") yield { table: "Episodes", row: i, field: "RNE" };
    }
  },
});
