import { defineRule } from "../rule";

/**
 * 388: reason episode ceased X1 ("episode ends, care continues") must be followed by an episode
 * starting the day this one ends; an episode followed by one starting on its end day must have X1;
 * and the child's last episode cannot end with X1. Episodes are taken in start-date order; one whose
 * start date is missing or invalid counts as the earliest.
 * DfE SSDA903 validation rule 388 (Episodes.REC).
 */
export const rule388 = defineRule({
  code: "388",
  tables: ["Episodes"],
  fields: ["REC"],
  severity: "error",
  message:
    "The reason the episode ceased does not agree with the next episode: X1 needs a new episode starting the same day, and only X1 may be followed by one.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      const keyed = rows
        .filter((r) => episodes[r]?.CHILD != null)
        .map((row) => ({ row, start: ctx.date(episodes[row]?.DECOM) ?? Number.NEGATIVE_INFINITY }));
      keyed.sort((a, b) => (a.start === b.start ? 0 : a.start < b.start ? -1 : 1));
      for (let k = 0; k < keyed.length; k++) {
        const { row } = keyed[k] as { row: number };
        const ep = episodes[row];
        const end = ctx.date(ep?.DEC);
        if (end === undefined) continue;
        const next = keyed[k + 1];
        if (next === undefined) {
          if (ep?.REC === "X1") yield { table: "Episodes", row, field: "REC" };
          continue;
        }
        const continues = next.start === end;
        if (ep?.REC === "X1" ? !continues : ep?.REC != null && continues) {
          yield { table: "Episodes", row, field: "REC" };
        }
      }
    }
  },
});
