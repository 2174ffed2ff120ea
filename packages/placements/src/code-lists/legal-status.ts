import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// LS: The legal basis on which a child is looked after during an episode (LS).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// LS code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.
// All codes are valid in every year our sources cover. D1 (freeing order) is kept: D2I rule 445 (D1 not
// valid for episodes starting after December 2005) and rule 446 (E1 not valid before December 2005) are
// date rules on the episode, not retirements of the code.

const SSD =
  "DfE SSDA903 LS; label: data-to-insight/ssd-data-model data/categories__future_release/legal_status.yml @4987c73";

/** The legal basis on which a child is looked after during an episode (LS). */
export const LegalStatus = defineCodeList(
  [
    { code: "C1", label: "Interim care order", source: SSD },
    { code: "C2", label: "Full care order", source: SSD },
    { code: "D1", label: "Freeing order granted", source: SSD },
    { code: "E1", label: "Placement order granted", source: SSD },
    { code: "V2", label: "Single period of accommodation under section 20 (Children Act 1989)", source: SSD },
    {
      code: "V3",
      label:
        "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded",
      source: SSD,
    },
    {
      code: "V4",
      label:
        "Accommodated under an agreed series of short-term breaks, when agreements are recorded (NOT individual episodes of care)",
      source: SSD,
    },
    { code: "L1", label: "Under police protection and in local authority accommodation", source: SSD },
    { code: "L2", label: "Emergency protection order (EPO)", source: SSD },
    { code: "L3", label: "Under child assessment order and in local authority accommodation", source: SSD },
    {
      code: "J1",
      label: "Remanded to local authority accommodation or to youth detention accommodation",
      source: SSD,
    },
    {
      code: "J2",
      label:
        "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984, including secure accommodation. However, this would not necessarily be accommodation where the child would be detained.",
      source: SSD,
    },
    {
      code: "J3",
      label:
        "Sentenced to Youth Rehabilitation Order (Criminal Justice and Immigration Act 2008 as amended by Legal Aid, Sentencing and Punishment of Offenders Act (LASPOA) 2012 with residence or intensive fostering requirement)",
      source: SSD,
    },
  ] as const,
  {
    id: "placements.LegalStatus",
    title: "Legal status (SSDA903 LS)",
    description: "The legal basis on which a child is looked after during an episode (LS).",
  },
);
export type LegalStatus = z.infer<typeof LegalStatus>;
