import { defineRule } from "../rule";
import { spellsLongerThan } from "./legal-status-spells";

/**
 * 362: an emergency protection order (legal status L2) lasts at most 8 days and may be extended once by 7 (Children Act 1989, section 45); a spell of L2 episodes must not last more than 21 days.
 * DfE SSDA903 validation rule 362 (Episodes.LS, Episodes.DECOM, Episodes.DEC).
 */
export const rule362 = defineRule({
  code: "362",
  tables: ["Episodes"],
  fields: ["DECOM", "LS", "DEC"],
  severity: "error",
  message:
    "The emergency protection order (L2) lasted longer than 21 days; check the dates and legal status.",
  check: (ctx) => spellsLongerThan(ctx, "L2", 21),
});
