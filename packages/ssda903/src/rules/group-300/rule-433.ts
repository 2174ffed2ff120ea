import { defineRule } from "../rule";

/** Reasons for new episode that continue a period of care (P, L, T, U, B). */
const CONTINUATION = new Set(["P", "L", "T", "U", "B"]);

/**
 * 433: an episode that continues the period of care (RNE P, L, T, U or B) must start the day the
 * child's previous episode ended. Episodes are ordered by start and then end date.
 * DfE SSDA903 validation rule 433 (Episodes.RNE, Episodes.DECOM).
 */
export const rule433 = defineRule({
  code: "433",
  tables: ["Episodes"],
  fields: ["RNE", "DECOM"],
  severity: "error",
  message:
    "The episode is coded as continuing care, but it does not start on the day the previous episode ended.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const last = (day: number | undefined) => day ?? Number.POSITIVE_INFINITY;
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      if (rows.length < 2) continue;
      const ordered = rows
        .filter((r) => episodes[r]?.CHILD != null)
        .map((row) => ({
          row,
          start: last(ctx.date(episodes[row]?.DECOM)),
          end: last(ctx.date(episodes[row]?.DEC)),
        }))
        .sort((a, b) =>
          a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end === b.end ? 0 : a.end < b.end ? -1 : 1,
        );
      for (let k = 1; k < ordered.length; k++) {
        const { row } = ordered[k] as { row: number };
        const ep = episodes[row];
        if (!CONTINUATION.has(ep?.RNE?.toUpperCase() ?? "")) continue;
        const previousEnd = episodes[(ordered[k - 1] as { row: number }).row]?.DEC;
        const start = ep?.DECOM;
        if (
          previousEnd == null ||
          start == null ||
          !sameDay(ctx.date(previousEnd), ctx.date(start), previousEnd, start)
        ) {
          yield { table: "Episodes", row, field: "DECOM" };
        }
      }
    }
  },
});

/** Two cells name the same day: as dates when both are valid, otherwise as written. */
function sameDay(a: number | undefined, b: number | undefined, textA: string, textB: string): boolean {
  return a !== undefined && b !== undefined ? a === b : textA === textB;
}
