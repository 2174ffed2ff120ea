import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// ACTIV: A care leaver's main activity around their birthday (ACTIV, OC3 table): education, apprenticeship, training or employment, or NEET.
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// ACTIV code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.
// F3/P3 until 2020-21 and F4/P4/F5/P5 from 2021-22: liia-tools _2021 vs _2022 and liia-tools-pipeline
// SSDA903_schema_2022.diff.yml (apprenticeships split out of training or employment).

const PATCH =
  "DfE SSDA903 ACTIV; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";

/** A care leaver's main activity around their birthday (ACTIV, OC3 table): education, apprenticeship, training or employment, or NEET. */
export const CareLeaverActivity = defineCodeList(
  [
    { code: "0", label: "Not in touch / died / returned home 6+ months (activity not known)", source: PATCH },
    { code: "F1", label: "Full time in higher education (e.g. studies beyond A level)", source: PATCH },
    { code: "P1", label: "Part time in higher education", source: PATCH },
    { code: "F2", label: "Full time in education other than higher education", source: PATCH },
    { code: "P2", label: "Part time in education other than higher education", source: PATCH },
    {
      code: "F3",
      label: "Full time in training or employment (retired from 2021-22)",
      until: "2020-21",
      source: PATCH,
    },
    {
      code: "P3",
      label: "Part time in training or employment (retired from 2021-22)",
      until: "2020-21",
      source: PATCH,
    },
    { code: "F4", label: "Full time in an apprenticeship", from: "2021-22", source: PATCH },
    { code: "P4", label: "Part time in an apprenticeship", from: "2021-22", source: PATCH },
    {
      code: "F5",
      label: "Full time in training or employment (not apprenticeship)",
      from: "2021-22",
      source: PATCH,
    },
    {
      code: "P5",
      label: "Part time in training or employment (not apprenticeship)",
      from: "2021-22",
      source: PATCH,
    },
    { code: "G4", label: "NEET because of illness or disability", source: PATCH },
    { code: "G5", label: "NEET: other circumstances", source: PATCH },
    { code: "G6", label: "NEET due to pregnancy or parenting", source: PATCH },
  ] as const,
  {
    id: "placements.CareLeaverActivity",
    title: "Care leaver activity (SSDA903 ACTIV)",
    description:
      "A care leaver's main activity around their birthday (ACTIV, OC3 table): education, apprenticeship, training or employment, or NEET.",
  },
);
export type CareLeaverActivity = z.infer<typeof CareLeaverActivity>;
