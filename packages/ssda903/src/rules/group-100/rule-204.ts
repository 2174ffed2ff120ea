import { defineRule } from "../rule";
import { headerChangedSinceLastYear } from "./previous-header";

/**
 * 204: a child's ethnicity must match the one recorded for the child in last year's return (compared
 * without regard to case; blank both years agrees). DfE SSDA903 validation rule 204 (Header.ETHNIC).
 */
export const rule204 = defineRule({
  code: "204",
  tables: ["Header"],
  fields: ["ETHNIC"],
  severity: "error",
  message: "The child's ethnicity differs from the ethnicity recorded for the child in last year's return.",
  needs: ["previous"],
  check: (ctx) =>
    headerChangedSinceLastYear(ctx, "ETHNIC", (now, last) => (now.ETHNIC ?? null) !== (last.ETHNIC ?? null)),
});
