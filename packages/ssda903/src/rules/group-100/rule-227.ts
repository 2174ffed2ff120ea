import { defineRule } from "../rule";
import { flagEpisodesWithUrn } from "./provider-urn";

/**
 * 227: an episode cannot start on or after the date the provider's Ofsted registration ended.
 * Needs the Ofsted provider lists. DfE SSDA903 validation rule 227 (Episodes.URN, DECOM).
 */
export const rule227 = defineRule({
  code: "227",
  tables: ["Episodes"],
  fields: ["URN", "DECOM"],
  severity: "error",
  message: "The episode starts on or after the date this provider's Ofsted registration ended.",
  needs: ["providers"],
  check: (ctx) =>
    flagEpisodesWithUrn(ctx, "DECOM", (row, provider) => {
      const ended = ctx.date(provider?.registrationEnd);
      const start = ctx.date(row.DECOM);
      return ended !== undefined && start !== undefined && start >= ended;
    }),
});
