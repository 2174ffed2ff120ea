import { defineRule } from "../rule";
import { earliestRow } from "./episode-order";

/**
 * 357: a child's first episode, when it starts in this collection year, must have reason for new
 * episode "S" (started to be looked after).
 * DfE SSDA903 validation rule 357 (Episodes.RNE).
 */
export const rule357 = defineRule({
  code: "357",
  tables: ["Episodes"],
  fields: ["RNE"],
  severity: "error",
  message:
    "This is the child's first episode but the reason for new episode is not S; add any missing earlier episode or correct the reason.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      const first = earliestRow(ctx, "Episodes", rows);
      if (first === undefined) continue;
      const start = ctx.date(episodes[first]?.DECOM) as number;
      if (start >= ctx.collectionStart && episodes[first]?.RNE !== "S") {
        yield { table: "Episodes", row: first, field: "RNE" };
      }
    }
  },
});
