import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 182: when any of convicted, health check, intervention received or intervention offered is given for
 * a child looked after for 12 months, then immunisations, teeth check, health assessment and substance
 * misuse must all be given too. DfE SSDA903 validation rule 182 (OC2).
 */
export const rule182 = defineRule({
  code: "182",
  tables: ["OC2"],
  fields: [
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "CONVICTED",
    "HEALTH_CHECK",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED",
  ],
  severity: "error",
  message:
    "Immunisations, teeth check, health assessment and substance misuse must all be given when other outcome items for a child looked after for 12 months are given; otherwise leave all of them blank.",
  check: (ctx) =>
    flagRows(ctx, "OC2", "IMMUNISATIONS", (row) => {
      const someCoreBlank =
        row.IMMUNISATIONS == null ||
        row.TEETH_CHECK == null ||
        row.HEALTH_ASSESSMENT == null ||
        row.SUBSTANCE_MISUSE == null;
      const otherGiven =
        row.CONVICTED != null ||
        row.HEALTH_CHECK != null ||
        row.INTERVENTION_RECEIVED != null ||
        row.INTERVENTION_OFFERED != null;
      return someCoreBlank && otherGiven;
    }),
});
