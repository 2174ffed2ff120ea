import { MissingType } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { validCodeIn } from "./code-check";

/**
 * 1006: the MISSING code must be one of the SSDA903 missing types (M missing, A away without
 * authorisation), exactly as written; a blank cell is left to other rules.
 * DfE SSDA903 validation rule 1006 (Missing.MISSING).
 */
export const rule1006 = defineRule({
  code: "1006",
  tables: ["Missing"],
  fields: ["MISSING"],
  severity: "error",
  message:
    "The missing type is not a valid code: use M (missing from care) or A (away from placement without authorisation).",
  *check(ctx) {
    const valid = validCodeIn(MissingType, ctx.collectionYear);
    const rows = ctx.table("Missing");
    for (let i = 0; i < rows.length; i++) {
      const code = rows[i]?.MISSING;
      if (code != null && !valid(code)) {
        yield { table: "Missing", row: i, field: "MISSING" };
      }
    }
  },
});
