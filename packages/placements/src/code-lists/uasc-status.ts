import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// UASC: Whether the child was an unaccompanied asylum-seeking child at any time during the year (UASC, 0/1; derived from the UASC table in the CSV form).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// UASC code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const SSD =
  "DfE SSDA903 UASC; label: data-to-insight/ssd-data-model data/categories__future_release/uasc_status.yml @4987c73";

/** Whether the child was an unaccompanied asylum-seeking child at any time during the year (UASC, 0/1; derived from the UASC table in the CSV form). */
export const UascStatus = defineCodeList(
  [
    {
      code: "0",
      label: "Child was not an unaccompanied asylum-seeking child (UASC) at any time during the year",
      source: SSD,
    },
    {
      code: "1",
      label: "Child was an unaccompanied asylum-seeking child (UASC) at any time during the year",
      source: SSD,
    },
  ] as const,
  {
    id: "placements.UascStatus",
    title: "UASC status (SSDA903 UASC)",
    description:
      "Whether the child was an unaccompanied asylum-seeking child at any time during the year (UASC, 0/1; derived from the UASC table in the CSV form).",
  },
);
export type UascStatus = z.infer<typeof UascStatus>;
