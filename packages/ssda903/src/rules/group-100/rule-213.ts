import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

const TEMPORARY: ReadonlySet<string> = new Set(["T0", "T1", "T2", "T3", "T4"]);
const TEMPORARY_OR_Z: ReadonlySet<string> = new Set([...TEMPORARY, "Z11", "Z12", "Z13", "Z14"]);

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
    const types = ctx.collectionYear >= "2025-26" ? TEMPORARY_OR_Z : TEMPORARY;
    return flagRows(
      ctx,
      "Episodes",
      "PLACE_PROVIDER",
      (row) => row.PLACE_PROVIDER != null && types.has(row.PLACE ?? ""),
    );
  },
});
