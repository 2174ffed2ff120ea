import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 119: when a decision to place a child for adoption is reversed, both the date of the reversal and
 * its reason must be given; one without the other is an error. DfE SSDA903 validation rule 119
 * (PlacedAdoption.DATE_PLACED_CEASED, REASON_PLACED_CEASED).
 */
export const rule119 = defineRule({
  code: "119",
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
  severity: "error",
  message:
    "The date and the reason the child should no longer be placed for adoption must both be given, or both left blank.",
  check: (ctx) =>
    flagRows(
      ctx,
      "PlacedAdoption",
      "DATE_PLACED_CEASED",
      (row) => (row.DATE_PLACED_CEASED == null) !== (row.REASON_PLACED_CEASED == null),
    ),
});
