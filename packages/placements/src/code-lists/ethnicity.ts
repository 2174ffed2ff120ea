import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// ETHNIC: The child's ethnic origin (ETHNIC), the 20 codes shared with the school census and the CIN census.
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// ETHNIC code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const PATCH =
  "DfE SSDA903 ETHNIC; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";

/** The child's ethnic origin (ETHNIC), the 20 codes shared with the school census and the CIN census. */
export const Ethnicity = defineCodeList(
  [
    { code: "WBRI", label: "White British", source: PATCH },
    { code: "WIRI", label: "White Irish", source: PATCH },
    { code: "WOTH", label: "Any other White background", source: PATCH },
    { code: "WIRT", label: "Traveller of Irish Heritage", source: PATCH },
    { code: "WROM", label: "Gypsy/Roma", source: PATCH },
    { code: "MWBC", label: "White and Black Caribbean", source: PATCH },
    { code: "MWBA", label: "White and Black African", source: PATCH },
    { code: "MWAS", label: "White and Asian", source: PATCH },
    { code: "MOTH", label: "Any other Mixed background", source: PATCH },
    { code: "AIND", label: "Indian", source: PATCH },
    { code: "APKN", label: "Pakistani", source: PATCH },
    { code: "ABAN", label: "Bangladeshi", source: PATCH },
    { code: "AOTH", label: "Any other Asian background", source: PATCH },
    { code: "BCRB", label: "Caribbean", source: PATCH },
    { code: "BAFR", label: "African", source: PATCH },
    { code: "BOTH", label: "Any other Black background", source: PATCH },
    { code: "CHNE", label: "Chinese", source: PATCH },
    { code: "OOTH", label: "Any other ethnic group", source: PATCH },
    { code: "REFU", label: "Refused", source: PATCH },
    { code: "NOBT", label: "Information not yet obtained", source: PATCH },
  ] as const,
  {
    id: "placements.Ethnicity",
    title: "Ethnicity (SSDA903 ETHNIC)",
    description:
      "The child's ethnic origin (ETHNIC), the 20 codes shared with the school census and the CIN census.",
  },
);
export type Ethnicity = z.infer<typeof Ethnicity>;
