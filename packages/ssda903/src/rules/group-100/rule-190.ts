import { defineRule } from "../rule";
import { continuouslyLookedAfter } from "../shared/continuously-looked-after";
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
 * 190: the OC2 outcome items are only asked for children looked after continuously for the whole
 * year; for any other child they must be blank. DfE SSDA903 validation rule 190 (OC2).
 */
export const rule190 = defineRule({
  code: "190",
  tables: ["OC2", "Episodes"],
  fields: [...ITEMS],
  severity: "error",
  message:
    "Outcome items for children looked after for 12 months are given, but the episodes do not show the child looked after for the whole year.",
  check(ctx) {
    const cla = continuouslyLookedAfter(ctx);
    return flagRows(
      ctx,
      "OC2",
      "CONVICTED",
      (row) => !cla.has(row.CHILD ?? "") && ITEMS.some((f) => row[f] != null),
    );
  },
});
