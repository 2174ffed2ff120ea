import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// LS_ADOPTR: The legal status of the adopter(s): single, married, civil partnership or unmarried couple (LS_ADOPTR, AD1 table).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// LS_ADOPTR code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const SSD =
  "DfE SSDA903 LS_ADOPTR; label: data-to-insight/ssd-data-model data/objects/ssd_permanence.yml @4987c73";

/** The legal status of the adopter(s): single, married, civil partnership or unmarried couple (LS_ADOPTR, AD1 table). */
export const AdopterLegalStatus = defineCodeList(
  [
    { code: "L0", label: "Single adopter", source: SSD },
    { code: "L11", label: "Different gender married couple", source: SSD },
    { code: "L12", label: "Same gender married couple", source: SSD },
    { code: "L2", label: "Civil partnership couple", source: SSD },
    { code: "L3", label: "Different gender unmarried couple", source: SSD },
    { code: "L4", label: "Same gender couple not married or in a civil partnership", source: SSD },
  ] as const,
  {
    id: "placements.AdopterLegalStatus",
    title: "Legal status of adopter(s) (SSDA903 LS_ADOPTR)",
    description:
      "The legal status of the adopter(s): single, married, civil partnership or unmarried couple (LS_ADOPTR, AD1 table).",
  },
);
export type AdopterLegalStatus = z.infer<typeof AdopterLegalStatus>;
