import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 547: when a health check (development assessment) is recorded as 1, the other health outcomes (immunisations, teeth check, health
 * assessment, substance misuse) must all be completed.
 * DfE SSDA903 validation rule 547 (OC2: HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE).
 */
export const rule547 = defineRule({
  code: "547",
  tables: ["OC2"],
  fields: ["HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"],
  severity: "error",
  message:
    "The health check is completed but immunisations, teeth check, health assessment or substance misuse is blank; complete all of them.",
  check: (ctx) =>
    flagRows(
      ctx,
      "OC2",
      "HEALTH_CHECK",
      (r) =>
        r.HEALTH_CHECK === "1" &&
        (r.IMMUNISATIONS == null ||
          r.TEETH_CHECK == null ||
          r.HEALTH_ASSESSMENT == null ||
          r.SUBSTANCE_MISUSE == null),
    ),
});
