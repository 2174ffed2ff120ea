import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";
import { SHORT_BREAKS } from "../shared/short-breaks";
import { placementLa } from "./placement-la";

/**
 * 179: every episode other than a short break (legal status V3 or V4) must have a placement location
 * (inside or outside the council's area), which is derived from the placement postcode; a missing one
 * means the postcode is missing or unknown. Reads the derived `PL_LOCATION` column when the return
 * carries it, else works from the placement's local authority. DfE SSDA903 validation rule 179
 * (Episodes.PL_LOCATION, derived).
 */
export const rule179 = defineRule({
  code: "179",
  tables: ["Episodes"],
  fields: ["PL_LOCATION"],
  severity: "error",
  message:
    "Whether the placement is inside or outside the council's area cannot be worked out: check that the placement postcode is given and is a real postcode.",
  needs: ["postcodes"],
  check: (ctx) =>
    flagRows(ctx, "Episodes", "PL_POST", (row) => {
      if (SHORT_BREAKS.has(row.LS ?? "")) return false;
      const location = Object.hasOwn(row, "PL_LOCATION") ? row.PL_LOCATION : placementLa(ctx, row);
      return location == null;
    }),
});
