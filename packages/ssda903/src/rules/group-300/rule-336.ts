import { defineRule } from "../rule";
import { orderByDate } from "./episode-order";

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
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      const ordered = orderByDate(ctx, "Episodes", rows);
      // A child whose episodes have no valid start date has no "first" episode to leave out.
      if (ordered.length === 0 || ctx.date(episodes[ordered[0] as number]?.DECOM) === undefined) continue;
      for (let k = 1; k < ordered.length; k++) {
        const row = ordered[k] as number;
        if (!PLACED_FOR_ADOPTION.has(episodes[row]?.PLACE ?? "")) continue;
        const before = episodes[ordered[k - 1] as number]?.PLACE ?? "";
        if (!FOSTER_BEFORE.has(before)) yield { table: "Episodes", row, field: "PLACE" };
      }
    }
  },
});
