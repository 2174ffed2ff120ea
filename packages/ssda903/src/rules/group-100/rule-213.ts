import { defineRule } from "../rule";
import { otherPlacementsIn } from "../shared/code-groups";
import { flagRows } from "../shared/flag-rows";

const TEMPORARY = ["T0", "T1", "T2", "T3", "T4"];

/**
 * 213: temporary placements (T0–T4) and, from 2025-26, the Z11–Z14 placement types must not have a
 * placement provider. DfE SSDA903 validation rule 213 (Episodes.PLACE_PROVIDER).
 */
export const rule213 = defineRule({
  code: "213",
  tables: ["Episodes"],
  fields: ["PLACE_PROVIDER", "PLACE"],
  severity: "error",
  message:
    "A placement provider is given for a placement type that has none (a temporary placement); leave it blank.",
  check(ctx) {
    // Up to 2024-25 the rule names the temporary placements only; from 2025-26 it adds the "other
    // placement" types that replaced Z1 (Z11-Z14, from the code list).
    const others = otherPlacementsIn(ctx.collectionYear).filter((c) => c !== "Z1");
    const types: ReadonlySet<string> = new Set([...TEMPORARY, ...others]);
    return flagRows(
      ctx,
      "Episodes",
      "PLACE_PROVIDER",
      (row) => row.PLACE_PROVIDER != null && types.has(row.PLACE ?? ""),
    );
  },
});
