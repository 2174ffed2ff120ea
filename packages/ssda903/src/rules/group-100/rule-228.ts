import { defineRule } from "../rule";
import { flagEpisodesWithUrn } from "./provider-urn";

/**
 * 228: an episode cannot end after the date the provider's Ofsted registration ended; an episode still
 * open (or whose end date is not a date) is checked at 31 March. Needs the Ofsted provider lists.
 * DfE SSDA903 validation rule 228 (Episodes.URN, DEC).
 */
export const rule228 = defineRule({
  code: "228",
  tables: ["Episodes"],
  fields: ["URN", "DEC"],
  severity: "error",
  message: "The episode continues after the date this provider's Ofsted registration ended.",
  needs: ["providers"],
  check: (ctx) =>
    flagEpisodesWithUrn(ctx, "DEC", (row, provider) => {
      const ended = ctx.date(provider?.registrationEnd);
      if (ended === undefined) return false;
      return (ctx.date(row.DEC) ?? ctx.collectionEnd) > ended;
    }),
});
