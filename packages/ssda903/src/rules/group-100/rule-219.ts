import { defineRule } from "../rule";
import { flagEpisodesWithUrn } from "./provider-urn";

/**
 * 219: when an episode gives an Ofsted URN, its placement type must be one the provider lists show
 * for that URN (a URN not in the lists, or with no placement types, fails). Needs the Ofsted provider
 * lists. DfE SSDA903 validation rule 219 (Episodes.URN, PLACE).
 */
export const rule219 = defineRule({
  code: "219",
  tables: ["Episodes"],
  fields: ["URN", "PLACE"],
  severity: "error",
  message: "The placement type does not match the placement types Ofsted records for this provider's URN.",
  needs: ["providers"],
  check: (ctx) =>
    flagEpisodesWithUrn(
      ctx,
      "PLACE",
      (row, provider) => row.PLACE == null || !(provider?.placeCodes?.includes(row.PLACE) ?? false),
    ),
});
