import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 214: short breaks (legal status V3 or V4) carry no placement postcode and no Ofsted URN.
 * DfE SSDA903 validation rule 214 (Episodes.PL_POST, URN).
 */
export const rule214 = defineRule({
  code: "214",
  tables: ["Episodes"],
  fields: ["PL_POST", "URN"],
  severity: "error",
  message:
    "This is a short break (legal status V3 or V4): leave the placement postcode and the Ofsted URN blank.",
  check: (ctx) =>
    flagRows(
      ctx,
      "Episodes",
      "PL_POST",
      (row) => (row.LS === "V3" || row.LS === "V4") && (row.PL_POST != null || row.URN != null),
    ),
});
