import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

/**
 * Reasons episode ceased that end care altogether (every REC code except X1, "episode ends, care
 * continues"), as the DfE rule lists them: after one of these the next episode must start a new
 * period of care.
 */
const CARE_ENDED = new Set([
  "E2",
  "E3",
  "E4A",
  "E4B",
  "E5",
  "E6",
  "E7",
  "E8",
  "E9",
  "E11",
  "E12",
  "E13",
  "E14",
  "E15",
  "E16",
  "E17",
  "E41",
  "E45",
  "E46",
  "E47",
  "E48",
]);

/**
 * 432: when the previous episode ended care (a REC other than X1), the child's next episode must have
 * reason for new episode "S" (started to be looked after).
 * DfE SSDA903 validation rule 432 (Episodes.RNE).
 */
export const rule432 = defineRule({
  code: "432",
  tables: ["Episodes"],
  fields: ["RNE"],
  severity: "error",
  message:
    "The previous episode ended the child's care, so this episode must start a new period of care (RNE S).",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      for (let k = (bounds[c] as number) + 1; k < (bounds[c + 1] as number); k++) {
        const row = order[k] as number;
        const before = episodes[order[k - 1] as number];
        if (CARE_ENDED.has(before?.REC ?? "") && episodes[row]?.RNE !== "S") {
          flags.push({ table: "Episodes", row, field: "RNE" });
        }
      }
    }
    return flags;
  },
});
