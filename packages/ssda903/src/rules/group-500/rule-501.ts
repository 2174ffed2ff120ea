import { defineRule } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

/**
 * 501: a child's episodes must not overlap: taken in order of start date, each episode must start on
 * or after the day the one before it ended. An episode starting on the previous one's end date is fine.
 * DfE SSDA903 validation rule 501 (Episodes: DECOM, DEC).
 */
export const rule501 = defineRule({
  code: "501",
  tables: ["Episodes"],
  fields: ["DECOM", "DEC"],
  severity: "error",
  message:
    "This episode starts before the child's previous episode ended; check the start date of this episode and the end date of the one before.",
  *check(ctx) {
    // Comparisons with NaN (a blank or invalid date) are false, as pandas' are with NaT.
    const { order, bounds, start, end } = episodeSequence(ctx);
    for (let c = 0; c + 1 < bounds.length; c++) {
      for (let k = (bounds[c] as number) + 1; k < (bounds[c + 1] as number); k++) {
        const cur = order[k] as number;
        if ((start[cur] as number) < (end[order[k - 1] as number] as number)) {
          yield { table: "Episodes", row: cur, field: "DECOM" };
        }
      }
    }
  },
});
