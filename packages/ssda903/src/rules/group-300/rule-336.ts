import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

/** Placed for adoption with the current foster carer(s) (A3, A4). */
const PLACED_FOR_ADOPTION = new Set(["A3", "A4"]);
/** Foster placements (and adoption placements with the foster carer) that may come just before. */
const FOSTER_BEFORE = new Set(["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"]);

/**
 * 336: a child placed for adoption with their foster carer (A3/A4) must have been in a foster
 * placement in the episode just before. The child's first episode is not checked.
 * DfE SSDA903 validation rule 336 (Episodes.PLACE).
 */
export const rule336 = defineRule({
  code: "336",
  tables: ["Episodes"],
  fields: ["PLACE"],
  severity: "error",
  message:
    "The child is placed for adoption with their foster carer, but the episode before was not a foster placement.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds, start } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      const lo = bounds[c] as number;
      const hi = bounds[c + 1] as number;
      // A child whose episodes have no valid start date has no "first" episode to leave out.
      if (Number.isNaN(start[order[lo] as number])) continue;
      for (let k = lo + 1; k < hi; k++) {
        const row = order[k] as number;
        if (!PLACED_FOR_ADOPTION.has(episodes[row]?.PLACE ?? "")) continue;
        if (!FOSTER_BEFORE.has(episodes[order[k - 1] as number]?.PLACE ?? "")) {
          flags.push({ table: "Episodes", row, field: "PLACE" });
        }
      }
    }
    return flags;
  },
});
