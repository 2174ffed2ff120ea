import { compareCollectionYears } from "@childrens-social-care/core";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** Placements with no provider up to 2024-25: temporary T0–T4 and Z1 (DfE SSDA903 PLACE code set). */
const NO_PROVIDER_TO_2024: ReadonlySet<string> = new Set(["T0", "T1", "T2", "T3", "T4", "Z1"]);
/** From 2025-26 Z1 is split into Z11–Z14 (placements package PlacementType; D2I lac2025_26 rule 526). */
const NO_PROVIDER_FROM_2025: ReadonlySet<string> = new Set([
  "T0",
  "T1",
  "T2",
  "T3",
  "T4",
  "Z11",
  "Z12",
  "Z13",
  "Z14",
]);

/**
 * 526: every episode needs a placement provider (PLACE_PROVIDER), except temporary placements (T0–T4)
 * and placements with no provider: Z1 up to 2024-25, and Z11–Z14, which replaced Z1, from 2025-26.
 * A blank PLACE needs a provider too.
 * DfE SSDA903 validation rule 526 (Episodes: PLACE, PLACE_PROVIDER).
 */
export const rule526 = defineRule({
  code: "526",
  tables: ["Episodes"],
  fields: ["PLACE", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "The placement provider is blank; every placement other than a temporary one or one with no provider needs a provider code.",
  check: (ctx) => {
    const exempt =
      compareCollectionYears(ctx.collectionYear, "2025-26") >= 0
        ? NO_PROVIDER_FROM_2025
        : NO_PROVIDER_TO_2024;
    return flagRows(
      ctx,
      "Episodes",
      "PLACE_PROVIDER",
      (r) => r.PLACE_PROVIDER == null && !exempt.has(r.PLACE ?? ""),
    );
  },
});
