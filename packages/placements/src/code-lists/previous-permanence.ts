import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// PREV_PERM: The permanence order a child had before this period of care, if any (PREV_PERM, PrevPerm table).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// PREV_PERM code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const PATCH =
  "DfE SSDA903 PREV_PERM; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";

/** The permanence order a child had before this period of care, if any (PREV_PERM, PrevPerm table). */
export const PreviousPermanence = defineCodeList(
  [
    { code: "P1", label: "Adoption", source: PATCH },
    { code: "P2", label: "Special guardianship order (SGO)", source: PATCH },
    {
      code: "P3",
      label:
        "Residence order (RO) or child arrangements order (CAO) which sets out with whom the child is to live",
      source: PATCH,
    },
    { code: "P4", label: "Unknown", source: PATCH },
    { code: "Z1", label: "Child has not previously had a permanence option", source: PATCH },
  ] as const,
  {
    id: "placements.PreviousPermanence",
    title: "Previous permanence (SSDA903 PREV_PERM)",
    description:
      "The permanence order a child had before this period of care, if any (PREV_PERM, PrevPerm table).",
  },
);
export type PreviousPermanence = z.infer<typeof PreviousPermanence>;
