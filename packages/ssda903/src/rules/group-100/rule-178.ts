import { PlacementProvider } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { otherPlacementsIn } from "../shared/code-groups";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * Placement types that have no placement provider: temporary moves and the "other placement" types of
 * the year (Z1 until 2024-25, Z11–Z14 from 2025-26, from the code list). The rule's wording lists
 * T0–T4 while Z1 is in force and T0–T3 once Z11–Z14 replace it (the 2025-26 wording drops T4).
 */
function noProviderTypes(year: string): ReadonlySet<string> {
  const others = otherPlacementsIn(year);
  const temporary = others.includes("Z1") ? ["T0", "T1", "T2", "T3", "T4"] : ["T0", "T1", "T2", "T3"];
  return new Set([...temporary, ...others]);
}

/**
 * 178: a placement provider code, when given, must be a valid code (PR0–PR5) and must not be given
 * for a placement type that has no provider. DfE SSDA903 validation rule 178
 * (Episodes.PLACE_PROVIDER).
 */
export const rule178 = defineRule({
  code: "178",
  tables: ["Episodes"],
  fields: ["PLACE_PROVIDER", "PLACE"],
  severity: "error",
  message:
    "The placement provider is not a valid code (PR0 to PR5), or is given for a temporary placement type that has no provider.",
  check(ctx) {
    const codes = codesIn(PlacementProvider, ctx.collectionYear);
    const none = noProviderTypes(ctx.collectionYear);
    return flagRows(ctx, "Episodes", "PLACE_PROVIDER", (row) => {
      const provider = row.PLACE_PROVIDER;
      if (provider == null) return false;
      return !codes.has(provider) || none.has(row.PLACE ?? "");
    });
  },
});
