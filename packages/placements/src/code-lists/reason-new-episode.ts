import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// RNE: Why a new episode of care starts (RNE): a new period of care, or a change of legal status, placement or carer.
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// RNE code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const PATCH =
  "DfE SSDA903 RNE; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";

/** Why a new episode of care starts (RNE): a new period of care, or a change of legal status, placement or carer. */
export const ReasonNewEpisode = defineCodeList(
  [
    { code: "S", label: "Started to be looked-after", source: PATCH },
    { code: "L", label: "Change of legal status only", source: PATCH },
    { code: "P", label: "Change of placement and carer(s) only", source: PATCH },
    { code: "T", label: "Change of placement (but same carer(s)) only", source: PATCH },
    { code: "B", label: "Change of legal status and placement and carer(s) at the same time", source: PATCH },
    {
      code: "U",
      label: "Change of legal status and change of placement (but same carer(s)) at the same time",
      source: PATCH,
    },
  ] as const,
  {
    id: "placements.ReasonNewEpisode",
    title: "Reason for new episode (SSDA903 RNE)",
    description:
      "Why a new episode of care starts (RNE): a new period of care, or a change of legal status, placement or carer.",
  },
);
export type ReasonNewEpisode = z.infer<typeof ReasonNewEpisode>;
