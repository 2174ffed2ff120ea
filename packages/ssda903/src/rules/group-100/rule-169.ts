import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";
import { SHORT_BREAKS } from "../shared/short-breaks";
import { placementLa } from "./placement-la";

/**
 * 169: every episode other than a short break (legal status V3 or V4) must have a known placement
 * local authority. The local authority is derived from the placement postcode (PL_POST), so a missing
 * one means the postcode is missing or not a real postcode. DfE SSDA903 validation rule 169
 * (Episodes.PL_LA, derived).
 */
export const rule169 = defineRule({
  code: "169",
  tables: ["Episodes"],
  fields: ["PL_LA"],
  severity: "error",
  message:
    "The local authority of the placement cannot be worked out: check that the placement postcode is given and is a real postcode.",
  needs: ["postcodes"],
  check: (ctx) =>
    flagRows(
      ctx,
      "Episodes",
      "PL_POST",
      (row) => !SHORT_BREAKS.has(row.LS ?? "") && placementLa(ctx, row) == null,
    ),
});
