import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 563: a decision to place for adoption that has ended (reason and date it ceased both given) must
 * have the date of the original decision too.
 * DfE SSDA903 validation rule 563 (PlacedAdoption: DATE_PLACED, REASON_PLACED_CEASED, DATE_PLACED_CEASED).
 */
export const rule563 = defineRule({
  code: "563",
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED", "REASON_PLACED_CEASED", "DATE_PLACED_CEASED"],
  severity: "error",
  message:
    "The decision to place for adoption is recorded as ended, but the date of the decision that the child should be placed for adoption is blank.",
  check: (ctx) =>
    flagRows(
      ctx,
      "PlacedAdoption",
      "DATE_PLACED",
      (r) => r.REASON_PLACED_CEASED != null && r.DATE_PLACED_CEASED != null && r.DATE_PLACED == null,
    ),
});
