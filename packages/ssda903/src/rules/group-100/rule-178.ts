import { PlacementProvider } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * Placement types that have no placement provider: temporary moves and (until 2024-25) Z1, from
 * 2025-26 T0–T3 and Z11–Z14 (the 2025-26 wording drops T4 from this list).
 */
function noProviderTypes(year: string): ReadonlySet<string> {
  return year >= "2025-26" ? NO_PROVIDER_FROM_2025 : NO_PROVIDER_UNTIL_2024;
}
const NO_PROVIDER_UNTIL_2024: ReadonlySet<string> = new Set(["T0", "T1", "T2", "T3", "T4", "Z1"]);
const NO_PROVIDER_FROM_2025: ReadonlySet<string> = new Set([
  "T0",
  "T1",
  "T2",
  "T3",
  "Z11",
  "Z12",
  "Z13",
  "Z14",
]);

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
