import { defineRule } from "../rule";
import { headerChangedSinceLastYear } from "./previous-header";

const UNKNOWN_LATER: ReadonlySet<string> = new Set(["UN2", "UN3", "UN4", "UN5"]);
const UNKNOWN: ReadonlySet<string> = new Set(["UN1", ...UNKNOWN_LATER]);

/**
 * 208: a child's UPN must match the one recorded last year, except for the allowed changes: from
 * UN1 or blank to UN2–UN5; from blank or a UN code to a real UPN. Blank both years is left to rule
 * 442. Compared without regard to case. DfE SSDA903 validation rule 208 (Header.UPN).
 */
export const rule208 = defineRule({
  code: "208",
  tables: ["Header"],
  fields: ["UPN"],
  severity: "error",
  message: "The child's UPN differs from the UPN recorded for the child in last year's return.",
  needs: ["previous"],
  check: (ctx) =>
    headerChangedSinceLastYear(ctx, "UPN", (now, last) => {
      if (now.UPN == null && last.UPN == null) return false;
      const upn = now.UPN ?? undefined;
      const before = last.UPN ?? undefined;
      if (upn === before) return false;
      if ((before === undefined || before === "UN1") && upn !== undefined && UNKNOWN_LATER.has(upn))
        return false;
      const wasUnknown = before === undefined || UNKNOWN.has(before);
      const isKnown = upn !== undefined && !UNKNOWN.has(upn);
      return !(wasUnknown && isKnown);
    }),
});
