import { defineRule } from "../rule";
import { chainedEpisodesLongerThan } from "./legal-status-spells";

/**
 * 363: a child assessment order (legal status L3) lasts at most 7 days (Children Act 1989, section 43(5)); chained L3 episodes must not add up to more than 7 days.
 * DfE SSDA903 validation rule 363 (Episodes.LS, Episodes.DECOM, Episodes.DEC).
 */
export const rule363 = defineRule({
  code: "363",
  tables: ["Episodes"],
  fields: ["DECOM", "LS", "DEC"],
  severity: "error",
  message:
    "The child assessment order (L3) lasted longer than the 7 days the Children Act 1989 allows; check the dates and legal status.",
  check: (ctx) => chainedEpisodesLongerThan(ctx, "L3", 7),
});
