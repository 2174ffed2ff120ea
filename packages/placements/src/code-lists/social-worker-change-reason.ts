import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// SW_REASON: Why a new social worker episode started (SW_REASON, SWEpisodes table, from 2023-24).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// SW_REASON code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.
// From 2023-24, the year the SWEpisodes table was added (D2I README "new from 2023/24 return";
// liia-tools SSDA903_schema_2024.yml). liia-tools has "PCCHAN " with a trailing space; stripped.

const SSD =
  "DfE SSDA903 SW_REASON; label: data-to-insight/ssd-data-model data/objects/ssd_involvements.yml @4987c73";

/** Why a new social worker episode started (SW_REASON, SWEpisodes table, from 2023-24). */
export const SocialWorkerChangeReason = defineCodeList(
  [
    { code: "MANAGE", label: "Managing caseloads", from: "2023-24", source: SSD },
    { code: "FCONTA", label: "First contact or re-referral", from: "2023-24", source: SSD },
    { code: "LEFTRL", label: "Previous social worker left role", from: "2023-24", source: SSD },
    {
      code: "ORGRST",
      label: "New social worker assigned following organisational restructure",
      from: "2023-24",
      source: SSD,
    },
    {
      code: "TSPROC",
      label: "New social worker assigned following child transfer due to standard process",
      from: "2023-24",
      source: SSD,
    },
    { code: "ABSENC", label: "Absence cover or return from absence", from: "2023-24", source: SSD },
    {
      code: "CHCHAN",
      label: "Child requested change from previous social worker",
      from: "2023-24",
      source: SSD,
    },
    {
      code: "PCCHAN",
      label: "Parent/carer requested change from previous social worker",
      from: "2023-24",
      source: SSD,
    },
    { code: "SWDIED", label: "Previous social worker died", from: "2023-24", source: SSD },
    { code: "OTHERS", label: "Other reason", from: "2023-24", source: SSD },
  ] as const,
  {
    id: "placements.SocialWorkerChangeReason",
    title: "Reason for social worker change (SSDA903 SW_REASON)",
    description: "Why a new social worker episode started (SW_REASON, SWEpisodes table, from 2023-24).",
  },
);
export type SocialWorkerChangeReason = z.infer<typeof SocialWorkerChangeReason>;
