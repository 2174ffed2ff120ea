import { defineRule } from "../rule";
import { chainedEpisodesLongerThan } from "./legal-status-spells";

/**
 * 364: detention in local authority accommodation under the Police and Criminal Evidence Act 1984, sections 41-46 (legal status J2) is strictly time-limited; chained J2 episodes must not add up to more than 21 days.
 * DfE SSDA903 validation rule 364 (Episodes.LS, Episodes.DECOM, Episodes.DEC).
 */
export const rule364 = defineRule({
  code: "364",
  tables: ["Episodes"],
  fields: ["DECOM", "LS", "DEC"],
  severity: "error",
  message: "The child was held under PACE (J2) for longer than 21 days; check the dates and legal status.",
  check: (ctx) => chainedEpisodesLongerThan(ctx, "J2", 21),
});
