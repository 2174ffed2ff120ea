import { defineRule } from "../rule";
import { flagEpisodesWithUrn } from "./provider-urn";

/**
 * Placement types whose provider's registered postcode is the placement postcode: children's homes,
 * family centres and residential schools, and in 2023-24 also H5 (as supported accommodation became
 * Ofsted-registered from 28 October 2023).
 */
const TYPES: ReadonlySet<string> = new Set(["K1", "K2", "R3", "S1"]);
const TYPES_2023: ReadonlySet<string> = new Set([...TYPES, "H5"]);

/**
 * 221: for a placement of one of those types (other than a short break, LS V3/V4) that gives both an
 * Ofsted URN and a placement postcode, the postcode (ignoring spaces) must be the provider's postcode
 * in the provider lists. Needs the Ofsted provider lists. DfE SSDA903 validation rule 221
 * (Episodes.PL_POST, URN).
 */
export const rule221 = defineRule({
  code: "221",
  tables: ["Episodes"],
  fields: ["PL_POST", "URN", "PLACE", "LS"],
  severity: "error",
  message: "The placement postcode does not match the postcode Ofsted records for this provider's URN.",
  needs: ["providers"],
  check(ctx) {
    const types = ctx.collectionYear === "2023-24" ? TYPES_2023 : TYPES;
    return flagEpisodesWithUrn(ctx, "PL_POST", (row, provider) => {
      if (row.LS === "V3" || row.LS === "V4" || !types.has(row.PLACE ?? "") || row.PL_POST == null)
        return false;
      return row.PL_POST.replaceAll(" ", "") !== provider?.postcode;
    });
  },
});
