import { defineRule } from "../rule";
import { flagEpisodesWithUrn } from "./provider-urn";

/**
 * 224: when an episode gives an Ofsted URN, its placement provider code must be one the provider lists
 * show for that URN (a URN not in the lists, or with no provider codes, fails). Needs the Ofsted
 * provider lists. DfE SSDA903 validation rule 224 (Episodes.URN, PLACE_PROVIDER).
 */
export const rule224 = defineRule({
  code: "224",
  tables: ["Episodes"],
  fields: ["URN", "PLACE_PROVIDER"],
  severity: "error",
  message: "The placement provider code does not match what Ofsted records for this provider's URN.",
  needs: ["providers"],
  check: (ctx) =>
    flagEpisodesWithUrn(
      ctx,
      "PLACE_PROVIDER",
      (row, provider) =>
        row.PLACE_PROVIDER == null || !(provider?.providerCodes?.includes(row.PLACE_PROVIDER) ?? false),
    ),
});
