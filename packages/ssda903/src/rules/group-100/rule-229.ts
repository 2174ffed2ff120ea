import { defineRule } from "../rule";
import { flagEpisodesWithUrn } from "./provider-urn";

/**
 * 229: a placement with the council's own provision (PLACE_PROVIDER PR1) must be with a provider in
 * the council's area, and one with another council's provision (PR2) with a provider outside it, the
 * provider's area being the local authority of its postcode in the provider lists (an unknown one does
 * not count as the council's). Needs the provider lists and the submitting local authority.
 * DfE SSDA903 validation rule 229 (Episodes.URN, PLACE_PROVIDER).
 */
export const rule229 = defineRule({
  code: "229",
  tables: ["Episodes"],
  fields: ["URN", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "The placement provider code (own council or another council) does not match the local authority area of this provider's URN.",
  needs: ["providers", "localAuthority"],
  check: (ctx) =>
    flagEpisodesWithUrn(ctx, "PLACE_PROVIDER", (row, provider) => {
      const ours = provider?.laCode !== undefined && provider.laCode === ctx.localAuthority;
      return (row.PLACE_PROVIDER === "PR1" && !ours) || (row.PLACE_PROVIDER === "PR2" && ours);
    }),
});
