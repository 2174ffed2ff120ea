import { defineRule } from "../rule";
import { spellsLongerThan } from "./legal-status-spells";

/**
 * 361: police protection (legal status L1) may last at most 72 hours (Children Act 1989, section 46(6)); a spell of L1 episodes running from one into the next must not last more than 3 days.
 * DfE SSDA903 validation rule 361 (Episodes.LS, Episodes.DECOM, Episodes.DEC).
 */
export const rule361 = defineRule({
  code: "361",
  tables: ["Episodes"],
  fields: ["DECOM", "LS", "DEC"],
  severity: "error",
  message:
    "The child was under police protection (L1) for longer than the 72 hours the Children Act 1989 allows; check the dates and legal status.",
  check: (ctx) => spellsLongerThan(ctx, "L1", 3),
});
