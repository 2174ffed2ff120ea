import { ReasonPlaceChange } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { validCodeIn } from "./code-check";

/**
 * 1009: a reason for placement change, when given, must be a code of the SSDA903
 * REASON_PLACE_CHANGE list for the collection year, exactly as written.
 * DfE SSDA903 validation rule 1009 (Episodes.REASON_PLACE_CHANGE).
 */
export const rule1009 = defineRule({
  code: "1009",
  tables: ["Episodes"],
  fields: ["REASON_PLACE_CHANGE"],
  severity: "error",
  message:
    "The reason for placement change is not a valid code: use a code from the SSDA903 REASON_PLACE_CHANGE list.",
  *check(ctx) {
    const valid = validCodeIn(ReasonPlaceChange, ctx.collectionYear);
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const code = rows[i]?.REASON_PLACE_CHANGE;
      if (code != null && !valid(code)) {
        yield { table: "Episodes", row: i, field: "REASON_PLACE_CHANGE" };
      }
    }
  },
});
