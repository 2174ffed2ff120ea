import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 544: when a conviction is recorded as 1, the other health outcomes (immunisations, teeth check, health
 * assessment, substance misuse) must all be completed.
 * DfE SSDA903 validation rule 544 (OC2: CONVICTED, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE).
 */
export const rule544 = defineRule({
  code: "544",
  tables: ["OC2"],
  fields: ["CONVICTED", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"],
  severity: "error",
  message:
    "Conviction information is completed but immunisations, teeth check, health assessment or substance misuse is blank; complete all of them.",
  check: (ctx) =>
    flagRows(
      ctx,
      "OC2",
      "CONVICTED",
      (r) =>
        r.CONVICTED === "1" &&
        (r.IMMUNISATIONS == null ||
          r.TEETH_CHECK == null ||
          r.HEALTH_ASSESSMENT == null ||
          r.SUBSTANCE_MISUSE == null),
    ),
});
