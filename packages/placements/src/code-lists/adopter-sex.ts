import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// SEX_ADOPTR: Whether the adopter is a single man or woman, or a male, female or male/female couple (SEX_ADOPTR, AD1 table).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// SEX_ADOPTR code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const SSD =
  "DfE SSDA903 SEX_ADOPTR; label: data-to-insight/ssd-data-model data/objects/ssd_permanence.yml @4987c73";

/** Whether the adopter is a single man or woman, or a male, female or male/female couple (SEX_ADOPTR, AD1 table). */
export const AdopterSex = defineCodeList(
  [
    { code: "M1", label: "Single male", source: SSD },
    { code: "F1", label: "Single female", source: SSD },
    { code: "MM", label: "Male couple", source: SSD },
    { code: "FF", label: "Female couple", source: SSD },
    { code: "MF", label: "Male/female couple", source: SSD },
  ] as const,
  {
    id: "placements.AdopterSex",
    title: "Sex of adopter(s) (SSDA903 SEX_ADOPTR)",
    description:
      "Whether the adopter is a single man or woman, or a male, female or male/female couple (SEX_ADOPTR, AD1 table).",
  },
);
export type AdopterSex = z.infer<typeof AdopterSex>;
