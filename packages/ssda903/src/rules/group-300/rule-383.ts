import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";
import { TEMPORARY_PLACEMENTS } from "./temporary-placements";

/**
 * 383: after a temporary placement (T0–T4) the child must return to their normal placement: the
 * episode that follows it must have reason for new episode "P" and the same placement type as the
 * episode before the temporary one — and, from 2025-26, the same placement postcode.
 * DfE SSDA903 validation rule 383 (Episodes.PLACE, Episodes.RNE, Episodes.PL_POST).
 */
export const rule383 = defineRule({
  code: "383",
  tables: ["Episodes"],
  fields: ["PLACE", "RNE", "PL_POST"],
  severity: "error",
  message:
    "After a temporary placement the child should return to their usual placement: reason P, and the same placement (and postcode) as before.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const checkPostcode = ctx.collectionYear >= "2025-26";
    const { order, bounds } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    // A blank on either side counts as a difference, as in the reference validator.
    const differs = (a: string | null | undefined, b: string | null | undefined) =>
      a == null || b == null || a !== b;
    for (let c = 0; c + 1 < bounds.length; c++) {
      for (let k = (bounds[c] as number) + 2; k < (bounds[c + 1] as number); k++) {
        const temporary = episodes[order[k - 1] as number];
        if (!TEMPORARY_PLACEMENTS.has(temporary?.PLACE ?? "")) continue;
        const usual = episodes[order[k - 2] as number];
        const row = order[k] as number;
        const after = episodes[row];
        if (
          after?.RNE !== "P" ||
          differs(after.PLACE, usual?.PLACE) ||
          (checkPostcode && differs(after.PL_POST, usual?.PL_POST))
        ) {
          flags.push({ table: "Episodes", row, field: "PLACE" });
        }
      }
    }
    return flags;
  },
});
