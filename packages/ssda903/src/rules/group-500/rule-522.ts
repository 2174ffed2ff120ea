import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 522: the decision that a child should no longer be placed for adoption cannot come before the
 * decision that the child should be placed for adoption. Blank or invalid dates are left to other rules.
 * DfE SSDA903 validation rule 522 (PlacedAdoption: DATE_PLACED, DATE_PLACED_CEASED).
 */
export const rule522 = defineRule({
  code: "522",
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED", "DATE_PLACED_CEASED"],
  severity: "error",
  message:
    "The date the decision to place for adoption was reversed is before the date of the decision itself; check both dates.",
  check: (ctx) =>
    flagRows(ctx, "PlacedAdoption", "DATE_PLACED_CEASED", (r) => {
      const placed = ctx.date(r.DATE_PLACED);
      const ceased = ctx.date(r.DATE_PLACED_CEASED);
      return placed !== undefined && ceased !== undefined && ceased < placed;
    }),
});
