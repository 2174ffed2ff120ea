import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// UPN_UNKNOWN: Why a looked-after child has no Unique Pupil Number recorded: the UN1-UN5 codes entered in the UPN field instead.
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// UPN_UNKNOWN code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const SSD =
  "DfE SSDA903 UPN_UNKNOWN; label: data-to-insight/ssd-data-model data/categories__future_release/upn_unknown.yml @4987c73";

/** Why a looked-after child has no Unique Pupil Number recorded: the UN1-UN5 codes entered in the UPN field instead. */
export const UpnUnknownReason = defineCodeList(
  [
    {
      code: "UN1",
      label:
        "Child looked-after is not of school age and has not yet been assigned a unique pupil number (UPN)",
      source: SSD,
    },
    {
      code: "UN2",
      label:
        "Child looked-after has never attended a maintained school in England (for example, some unaccompanied asylum-seeking children (UASC))",
      source: SSD,
    },
    { code: "UN3", label: "Child looked-after is educated outside England", source: SSD },
    {
      code: "UN4",
      label:
        "Child is newly looked-after (from one week before end of collection period) and the UPN was not yet known at the time of the CLA data collection return",
      source: SSD,
    },
    {
      code: "UN5",
      label:
        "Sources collating UPNs reflect discrepancy(ies) for the child’s name and/or surname and/or date of birth therefore preventing reliable matching (for example, duplicated UPNs)",
      source: SSD,
    },
  ] as const,
  {
    id: "placements.UpnUnknownReason",
    title: "Reason a UPN is not known (SSDA903 UPN)",
    description:
      "Why a looked-after child has no Unique Pupil Number recorded: the UN1-UN5 codes entered in the UPN field instead.",
  },
);
export type UpnUnknownReason = z.infer<typeof UpnUnknownReason>;
