import { defineRule } from "../rule";
import { sexCodesIn } from "../shared/code-groups";
import { flagRows } from "../shared/flag-rows";

/**
 * 174: a child recorded as male must not have a date of birth of a mother's child. Male is code 1 up
 * to 2023-24 and M from 2024-25 (SEX code set). DfE SSDA903 validation rule 174 (Header.SEX, MC_DOB).
 */
export const rule174 = defineRule({
  code: "174",
  tables: ["Header"],
  fields: ["SEX", "MC_DOB"],
  severity: "error",
  message: "A date of birth of the mother's child is given, but the child is recorded as male; check both.",
  check(ctx) {
    const { male } = sexCodesIn(ctx.collectionYear);
    return flagRows(ctx, "Header", "MC_DOB", (row) => row.SEX === male && row.MC_DOB != null);
  },
});
