import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// REASON_PLACE_CHANGE: Why a placement ended, recorded on the episode that ends (REASON_PLACE_CHANGE).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// REASON_PLACE_CHANGE code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.
// CUSTOD from 2018-19: liia-tools SSDA903_schema_2018.yml vs _2019.yml.

const SSD =
  "DfE SSDA903 REASON_PLACE_CHANGE; label: data-to-insight/ssd-data-model data/objects/ssd_cla_placement.yml @4987c73";
const PATCH =
  "DfE SSDA903 REASON_PLACE_CHANGE; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";

/** Why a placement ended, recorded on the episode that ends (REASON_PLACE_CHANGE). */
export const ReasonPlaceChange = defineCodeList(
  [
    { code: "CARPL", label: "Change to/Implementation of Care Plan", source: SSD },
    { code: "CLOSE", label: "Resignation/ closure of provision", source: SSD },
    { code: "ALLEG", label: "Allegation (s47)", source: SSD },
    { code: "STAND", label: "Standards of care concern", source: SSD },
    { code: "APPRR", label: "Approval removed", source: SSD },
    { code: "CUSTOD", label: "Custody arrangement", from: "2018-19", source: SSD },
    { code: "CREQB", label: "Carer(s) requests placement end due to child’s behaviour", source: PATCH },
    {
      code: "CREQO",
      label: "Carer(s) requests placement end other than due to child’s behaviour",
      source: PATCH,
    },
    { code: "CHILD", label: "Child requests placement end", source: PATCH },
    { code: "LAREQ", label: "Responsible/area authority requests placement end", source: PATCH },
    { code: "PLACE", label: "Change in the status of placement only", source: PATCH },
    { code: "OTHER", label: "Other", source: PATCH },
  ] as const,
  {
    id: "placements.ReasonPlaceChange",
    title: "Reason for placement change (SSDA903 REASON_PLACE_CHANGE)",
    description: "Why a placement ended, recorded on the episode that ends (REASON_PLACE_CHANGE).",
  },
);
export type ReasonPlaceChange = z.infer<typeof ReasonPlaceChange>;
