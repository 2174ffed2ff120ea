import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// SEX: The child's sex as recorded on the SSDA903 header: 1/2 up to 2023-24, M/F/U from 2024-25.
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// SEX code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.
// 1/2 until 2023-24 and M/F/U from 2024-25: D2I lac2024_25/rule_101.py and liia-tools-pipeline
// SSDA903_schema_2025.diff.yml agree. The same child keeps the same code list per year: a validator
// comparing with last year must map 1->M and 2->F itself.

const SSD =
  "DfE SSDA903 SEX; label: data-to-insight/ssd-data-model data/categories__future_release/sex.yml @4987c73";
const PIPE =
  "DfE SSDA903 SEX; label: SocialFinanceDigitalLabs/liia-tools-pipeline liiatools/ssda903_pipeline/spec/SSDA903_schema_2025.diff.yml @4aff918";

/** The child's sex as recorded on the SSDA903 header: 1/2 up to 2023-24, M/F/U from 2024-25. */
export const Sex = defineCodeList(
  [
    { code: "1", label: "Male", until: "2023-24", source: SSD },
    { code: "2", label: "Female", until: "2023-24", source: SSD },
    { code: "M", label: "Male", from: "2024-25", source: PIPE },
    { code: "F", label: "Female", from: "2024-25", source: PIPE },
    { code: "U", label: "Unknown", from: "2024-25", source: PIPE },
  ] as const,
  {
    id: "placements.Sex",
    title: "Sex (SSDA903 SEX)",
    description: "The child's sex as recorded on the SSDA903 header: 1/2 up to 2023-24, M/F/U from 2024-25.",
  },
);
export type Sex = z.infer<typeof Sex>;
