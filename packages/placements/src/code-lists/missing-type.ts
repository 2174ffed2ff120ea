import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// MISSING: Whether a child was missing from care (whereabouts unknown) or away from placement without authorisation (whereabouts known).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// MISSING code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const SSD =
  "DfE SSDA903 MISSING; label: data-to-insight/ssd-data-model data/categories__future_release/missing.yml @4987c73";

/** Whether a child was missing from care (whereabouts unknown) or away from placement without authorisation (whereabouts known). */
export const MissingType = defineCodeList(
  [
    {
      code: "M",
      label:
        "Missing from care: a looked-after child who is not at their placement or the place they are expected to be (for example school) and their whereabouts is not known",
      source: SSD,
    },
    {
      code: "A",
      label:
        "Away from placement without authorisation: a looked-after child whose whereabouts is known but who is not at their placement or place they are expected to be and the carer has concerns or the incident has been notified to the local authority or the police",
      source: SSD,
    },
  ] as const,
  {
    id: "placements.MissingType",
    title: "Missing or away (SSDA903 MISSING)",
    description:
      "Whether a child was missing from care (whereabouts unknown) or away from placement without authorisation (whereabouts known).",
  },
);
export type MissingType = z.infer<typeof MissingType>;
