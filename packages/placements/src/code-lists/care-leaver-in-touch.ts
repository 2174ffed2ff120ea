import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// IN_TOUCH: Whether the council is in touch with a care leaver around their birthday (IN_TOUCH, OC3 table).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// IN_TOUCH code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const PATCH =
  "DfE SSDA903 IN_TOUCH; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";

/** Whether the council is in touch with a care leaver around their birthday (IN_TOUCH, OC3 table). */
export const CareLeaverInTouch = defineCodeList(
  [
    { code: "YES", label: "Yes – in touch", source: PATCH },
    { code: "NO", label: "No – not in touch", source: PATCH },
    { code: "DIED", label: "Died after leaving care", source: PATCH },
    { code: "REFU", label: "Young person refuses contact", source: PATCH },
    { code: "NREQ", label: "Young person no longer requires children’s social care services", source: PATCH },
    {
      code: "RHOM",
      label:
        "Young person returned to live with parents or someone with parental responsibility for a continuous period of 6 months or more",
      source: PATCH,
    },
  ] as const,
  {
    id: "placements.CareLeaverInTouch",
    title: "Care leaver in touch (SSDA903 IN_TOUCH)",
    description:
      "Whether the council is in touch with a care leaver around their birthday (IN_TOUCH, OC3 table).",
  },
);
export type CareLeaverInTouch = z.infer<typeof CareLeaverInTouch>;
