import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

const ITEMS = [
  "CONVICTED",
  "HEALTH_CHECK",
  "IMMUNISATIONS",
  "TEETH_CHECK",
  "HEALTH_ASSESSMENT",
  "SUBSTANCE_MISUSE",
  "INTERVENTION_RECEIVED",
  "INTERVENTION_OFFERED",
] as const;

/**
 * 181: each yes/no outcome item of a child looked after for 12 months (OC2), when given, is 0 or 1.
 * DfE SSDA903 validation rule 181 (OC2).
 */
export const rule181 = defineRule({
  code: "181",
  tables: ["OC2"],
  fields: [...ITEMS],
  severity: "error",
  message:
    "An outcome item for a child looked after for 12 months (convicted, health check, immunisations, teeth check, health assessment, substance misuse, intervention received or offered) is not 0 or 1.",
  check: (ctx) =>
    flagRows(ctx, "OC2", "CONVICTED", (row) => {
      for (const item of ITEMS) {
        const v = row[item];
        if (v != null && v !== "0" && v !== "1") return true;
      }
      return false;
    }),
});
