import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// REASON_PLACED_CEASED: Why a child should no longer be placed for adoption (REASON_PLACED_CEASED, PlacedAdoption table).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// REASON_PLACED_CEASED code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const SSD =
  "DfE SSDA903 REASON_PLACED_CEASED; label: data-to-insight/ssd-data-model data/categories__future_release/placement_ceased_reason.yml @4987c73";

/** Why a child should no longer be placed for adoption (REASON_PLACED_CEASED, PlacedAdoption table). */
export const ReasonPlacedForAdoptionCeased = defineCodeList(
  [
    { code: "RD1", label: "The child’s needs changed after the decision", source: SSD },
    { code: "RD2", label: "The Court did not make a placement order", source: SSD },
    { code: "RD3", label: "Prospective adopters could not be found", source: SSD },
    { code: "RD4", label: "Any other reason", source: SSD },
  ] as const,
  {
    id: "placements.ReasonPlacedForAdoptionCeased",
    title: "Reason adoption decision reversed (SSDA903 REASON_PLACED_CEASED)",
    description:
      "Why a child should no longer be placed for adoption (REASON_PLACED_CEASED, PlacedAdoption table).",
  },
);
export type ReasonPlacedForAdoptionCeased = z.infer<typeof ReasonPlacedForAdoptionCeased>;
