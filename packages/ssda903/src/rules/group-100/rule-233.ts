import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 233: an episode that has not ended (no DEC) cannot have a reason for placement change yet. From
 * 2025-26. DfE SSDA903 validation rule 233 (Episodes.DEC, REASON_PLACE_CHANGE).
 */
export const rule233 = defineRule({
  code: "233",
  from: "2025-26",
  tables: ["Episodes"],
  fields: ["DEC", "REASON_PLACE_CHANGE"],
  severity: "error",
  message:
    "A reason for placement change is given but the episode has not ended; leave it blank until the episode ends.",
  check: (ctx) =>
    flagRows(
      ctx,
      "Episodes",
      "REASON_PLACE_CHANGE",
      (row) => row.DEC == null && row.REASON_PLACE_CHANGE != null,
    ),
});
