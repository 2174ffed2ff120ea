import { defineRule } from "../rule";

/**
 * 377: only two temporary placements for the holiday of the usual foster carer(s) (PLACE T3) are
 * allowed in a 12-month period; when a child has more than two T3 episodes in the return, all of them
 * are flagged.
 * DfE SSDA903 validation rule 377 (Episodes.PLACE).
 */
export const rule377 = defineRule({
  code: "377",
  tables: ["Episodes"],
  fields: ["PLACE"],
  severity: "error",
  message: "The child has more than two temporary placements for a foster carer's holiday (T3) in the year.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      let count = 0;
      for (const row of rows) if (episodes[row]?.PLACE === "T3") count++;
      if (count <= 2) continue;
      for (const row of rows)
        if (episodes[row]?.PLACE === "T3") yield { table: "Episodes", row, field: "PLACE" };
    }
  },
});
