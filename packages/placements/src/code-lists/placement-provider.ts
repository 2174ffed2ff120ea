import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// PLACE_PROVIDER: Who provides the placement (PLACE_PROVIDER): parents, the council itself, another council, other public, private or voluntary provision.
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// PLACE_PROVIDER code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const SSD =
  "DfE SSDA903 PLACE_PROVIDER; label: data-to-insight/ssd-data-model data/categories__future_release/placement_provider.yml @4987c73";

/** Who provides the placement (PLACE_PROVIDER): parents, the council itself, another council, other public, private or voluntary provision. */
export const PlacementProvider = defineCodeList(
  [
    { code: "PR0", label: "Parent(s) or other person(s) with parental responsibility", source: SSD },
    {
      code: "PR1",
      label:
        "Own provision (by the local authority) including a regional adoption agency where the child’s responsible local authority is the host authority",
      source: SSD,
    },
    {
      code: "PR2",
      label:
        "Other local authority provision, including a regional adoption agency where another local authority is the host authority",
      source: SSD,
    },
    { code: "PR3", label: "Other public provision (for example, a primary care trust)", source: SSD },
    { code: "PR4", label: "Private provision", source: SSD },
    { code: "PR5", label: "Voluntary/third sector provision", source: SSD },
  ] as const,
  {
    id: "placements.PlacementProvider",
    title: "Placement provider (SSDA903 PLACE_PROVIDER)",
    description:
      "Who provides the placement (PLACE_PROVIDER): parents, the council itself, another council, other public, private or voluntary provision.",
  },
);
export type PlacementProvider = z.infer<typeof PlacementProvider>;
