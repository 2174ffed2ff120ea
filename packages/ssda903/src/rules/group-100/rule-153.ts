import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 153: a care leaver's three OC3 items (in touch, activity, accommodation) are all given or all blank.
 * DfE SSDA903 validation rule 153 (OC3.IN_TOUCH, ACTIV, ACCOM).
 */
export const rule153 = defineRule({
  code: "153",
  tables: ["OC3"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "Whether the council is in touch with the care leaver, their activity and their accommodation must all be given, or all left blank.",
  check: (ctx) =>
    flagRows(ctx, "OC3", "IN_TOUCH", (row) => {
      const given =
        (row.IN_TOUCH != null ? 1 : 0) + (row.ACTIV != null ? 1 : 0) + (row.ACCOM != null ? 1 : 0);
      return given === 1 || given === 2;
    }),
});
