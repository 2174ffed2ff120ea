import { compareCollectionYears } from "@childrens-social-care/core";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 612: a girl with a first child's date of birth (MC_DOB) must be recorded as a mother: MOTHER blank or 0
 * contradicts it. Female is SEX "2" up to 2023-24 and "F" from 2024-25, when the DfE recoded SEX to M/F/U.
 * DfE SSDA903 validation rule 612 (Header: SEX, MOTHER, MC_DOB).
 */
export const rule612 = defineRule({
  code: "612",
  tables: ["Header"],
  fields: ["SEX", "MOTHER", "MC_DOB"],
  severity: "error",
  message:
    "A date of birth of the child's first child is given, but the mother field does not say the child is a mother.",
  check: (ctx) => {
    const female = compareCollectionYears(ctx.collectionYear, "2024-25") >= 0 ? "F" : "2";
    return flagRows(
      ctx,
      "Header",
      "MOTHER",
      (r) => (r.MOTHER == null || r.MOTHER === "0") && r.SEX === female && r.MC_DOB != null,
    );
  },
});
