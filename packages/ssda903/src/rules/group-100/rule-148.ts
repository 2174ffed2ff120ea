import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 148: an episode's end date and the reason it ended go together: both given, or both blank.
 * DfE SSDA903 validation rule 148 (Episodes.DEC, REC).
 */
export const rule148 = defineRule({
  code: "148",
  tables: ["Episodes"],
  fields: ["DEC", "REC"],
  severity: "error",
  message: "The date the episode ended and the reason it ended must both be given, or both left blank.",
  check: (ctx) => flagRows(ctx, "Episodes", "DEC", (row) => (row.DEC == null) !== (row.REC == null)),
});
