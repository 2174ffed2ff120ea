import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// CIN: The main reason the child came to the attention of children's social care (CIN).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// CIN code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const SSD =
  "DfE SSDA903 CIN; label: data-to-insight/ssd-data-model data/categories__future_release/primary_need.yml @4987c73";

/** The main reason the child came to the attention of children's social care (CIN). */
export const CategoryOfNeed = defineCodeList(
  [
    { code: "N1", label: "Abuse or neglect", source: SSD },
    { code: "N2", label: "Child’s disability", source: SSD },
    { code: "N3", label: "Parental illness or disability", source: SSD },
    { code: "N4", label: "Family in acute stress", source: SSD },
    { code: "N5", label: "Family dysfunction", source: SSD },
    { code: "N6", label: "Socially unacceptable behaviour", source: SSD },
    { code: "N7", label: "Low income", source: SSD },
    { code: "N8", label: "Absent parenting", source: SSD },
  ] as const,
  {
    id: "placements.CategoryOfNeed",
    title: "Category of need (SSDA903 CIN)",
    description: "The main reason the child came to the attention of children's social care (CIN).",
  },
);
export type CategoryOfNeed = z.infer<typeof CategoryOfNeed>;
