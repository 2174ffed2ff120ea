import { defineRule } from "../rule";

const ADOPTED: ReadonlySet<string> = new Set(["E11", "E12"]);

/**
 * 199 (a query): a child adopted from care (an episode ending E11 or E12) should not come back into
 * care in the returns checked: every episode starting after the child's first adoption episode (in
 * start-date order, over this year's and, when given, last year's episodes) is flagged, including a
 * second adoption. Only this year's episodes are reported; last year's return is used when given.
 * DfE SSDA903 validation rule 199 (Episodes.CHILD, REC).
 */
export const rule199 = defineRule({
  code: "199",
  tables: ["Episodes"],
  fields: ["CHILD", "REC", "DECOM"],
  severity: "query",
  message:
    "The episodes show the child was adopted from care before this episode; please check (a child adopted from care who returns is a new child record).",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    const last = ctx.previous?.table("Episodes") ?? [];
    const lastByChild = ctx.previous?.rowsByChild("Episodes");
    for (const [child, indexes] of ctx.rowsByChild("Episodes")) {
      // Most children were never adopted: skip them without building anything.
      const lastIndexes = lastByChild?.get(child);
      if (
        !indexes.some((i) => ADOPTED.has(rows[i]?.REC ?? "")) &&
        !lastIndexes?.some((j) => ADOPTED.has(last[j]?.REC ?? ""))
      ) {
        continue;
      }
      // This year's episodes first, then last year's, so that equal start dates keep that order.
      const all: { start: number; adopted: boolean; row: number | undefined }[] = [];
      for (const i of indexes) {
        const start = ctx.date(rows[i]?.DECOM);
        if (start !== undefined) all.push({ start, adopted: ADOPTED.has(rows[i]?.REC ?? ""), row: i });
      }
      for (const j of lastIndexes ?? []) {
        const start = ctx.date(last[j]?.DECOM);
        if (start !== undefined)
          all.push({ start, adopted: ADOPTED.has(last[j]?.REC ?? ""), row: undefined });
      }
      all.sort((a, b) => a.start - b.start);
      let adoptions = 0;
      for (const episode of all) {
        if (episode.adopted) adoptions++;
        const error = adoptions > 0 && adoptions !== (episode.adopted ? 1 : 0);
        if (error && episode.row !== undefined) yield { table: "Episodes", row: episode.row, field: "CHILD" };
      }
    }
  },
});
