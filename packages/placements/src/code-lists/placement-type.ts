import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// PLACE: Where and with whom a looked-after child is placed, as recorded on each SSDA903 episode (PLACE; XML tag PL).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// PLACE code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.
// Years, and where the two reference projects disagree (ssda903.md §1.2, §1.4):
// - H5 until 2023-24. liia-tools-pipeline (SSDA903_schema_2025.diff.yml) drops H5 in 2024-25; D2I rule 146
//   still lists it in 2024-25, but D2I rule 503D only lets an H5 episode continue as K3 "for 2025" and that
//   same 2024-25 list spells K3 as "k3" (a bug), so we read the D2I 2024-25 list as not yet updated. We follow
//   liia-tools-pipeline.
// - P2 until 2023-10-27 (an ISO date): D2I lac2023_24/rule_217t.py, "Placement type 'P2' is not a valid
//   placement type from 28 October 2023". liia-tools-pipeline drops P2 in 2024-25 too.
// - K3 from 2024-25 (liia-tools-pipeline 2025 diff; D2I lac2024_25 rules 221 and 371 use K3; the "k3" in D2I
//   rule 146 for 2024-25 is the bug above).
// - Z1 until 2024-25 and Z11-Z14 from 2025-26: D2I lac2025_26/rule_146.py replaces Z1 by Z11-Z14 and
//   rule_utils.py accepts Z1 -> Z11..Z14 as continuity in "2026"; liia-tools-pipeline 2026 keeps Z1 as well
//   (it only adds codes to a permissive loader). A code that was split is retired, so we follow D2I.
// - Z11-Z14 labels are not in any source we have (ssda903.md §1.4 point 1): the label says so.

const SSD =
  "DfE SSDA903 PLACE; label: data-to-insight/ssd-data-model data/objects/ssd_cla_placement.yml @4987c73";
const PATCH =
  "DfE SSDA903 PLACE; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";
// H5's wording changed on 28 October 2023, when registration with Ofsted became mandatory for supported
// accommodation for looked-after 16 and 17 year olds (Supported Accommodation (England) Regulations 2023,
// SI 2023/416, regs 36-37 in force 28 October 2023; GOV.UK "Introduction to supported accommodation"). From
// that day the DfE told councils to record Ofsted-registered supported accommodation as H5 (council reviewer,
// issue 18), and the D2I validator requires an Ofsted URN for any English H5 placement from 28 October 2023
// (lac2023_24/rule_230.py: "Ofsted Unique reference number (URN) is required for any English H5 placements
// from 28 October 2023."). The DfE guide's own wording for the new meaning was not available to us, so the
// label describes it in our words; K3 "Registered supported accommodation" took over in 2024-25.
const H5_FROM_28_OCTOBER_2023 = "Supported accommodation registered with Ofsted (from 28 October 2023)";
const H5_SUPPORTED =
  "DfE SSDA903 PLACE H5 from 28 October 2023; Supported Accommodation (England) Regulations 2023 (SI 2023/416) regs 36-37; D2I lac2023_24/rule_230.py; label wording ours (the DfE's not available)";
const NO_LABEL =
  "DfE SSDA903 PLACE 2025-26 (D2I lac2025_26/rule_146.py; liia-tools-pipeline SSDA903_schema_2026.diff.yml); label not in any available source";

/** Where and with whom a looked-after child is placed, as recorded on each SSDA903 episode (PLACE; XML tag PL). */
export const PlacementType = defineCodeList(
  [
    {
      code: "A3",
      label:
        "Placed for adoption with parental/guardian consent with current foster carer(s) (S19 Adoption and Children Act 2002) or with a freeing order where parental/guardian consent has been given (S18(1)(a) Adoption Act 1976)",
      source: SSD,
    },
    {
      code: "A4",
      label:
        "Placed for adoption with parental/guardian consent not with current foster carer(s) (S19 Adoption and Children Act 2002) or with a freeing order where parental/guardian consent has been given (S18(1)(a) Adoption Act 1976)",
      source: SSD,
    },
    {
      code: "A5",
      label:
        "Placed for adoption with placement order with current foster carer(s) (S21 Adoption and Children Act 2002) or with a freeing order where parental/guardian consent was dispensed with (S18(1)(b) Adoption Act 1976)",
      source: SSD,
    },
    {
      code: "A6",
      label:
        "Placed for adoption with placement order not with current foster carer(s) (S21 Adoption and Children Act 2002) or with a freeing order where parental/guardian consent was dispensed with (S18(1)(b) Adoption Act 1976)",
      source: SSD,
    },
    {
      code: "H5",
      label: H5_FROM_28_OCTOBER_2023,
      until: "2023-24",
      labels: [
        {
          label: "Semi-independent living accommodation not subject to children’s homes regulations",
          until: "2023-10-27",
          source: SSD,
        },
        { label: H5_FROM_28_OCTOBER_2023, from: "2023-10-28", source: H5_SUPPORTED },
      ],
      source: SSD,
    },
    { code: "K1", label: "Secure children’s homes", source: SSD },
    { code: "K2", label: "Children’s Homes subject to Children’s Homes Regulations", source: SSD },
    { code: "K3", label: "Registered supported accommodation", from: "2024-25", source: PATCH },
    {
      code: "P1",
      label: "Placed with own parent(s) or other person(s) with parental responsibility",
      source: SSD,
    },
    {
      code: "P2",
      label:
        "Independent living e.g. in a flat/ lodgings, bedsit, B&B or with friends, with or without formal support",
      until: "2023-10-27",
      source: SSD,
    },
    { code: "P3", label: "Residential employment", source: SSD },
    { code: "R1", label: "Residential care home", source: SSD },
    {
      code: "R2",
      label:
        "National Health Service (NHS)/health trust or other establishment providing medical or nursing care",
      source: SSD,
    },
    { code: "R3", label: "Family centre or mother and baby unit", source: SSD },
    { code: "R5", label: "Young offender institution (YOI)", source: SSD },
    {
      code: "S1",
      label: "All residential schools, except where dual-registered as a school and children’s home",
      source: SSD,
    },
    { code: "T0", label: "All types of temporary move", source: SSD },
    { code: "T1", label: "Temporary periods in hospital", source: SSD },
    { code: "T2", label: "Temporary absences of the child on holiday", source: SSD },
    {
      code: "T3",
      label: "Temporary accommodation whilst normal foster carer(s) is/are on holiday",
      source: SSD,
    },
    {
      code: "T4",
      label: "Temporary accommodation of seven days or less, for any reason, not covered by codes T1 to T3",
      source: SSD,
    },
    {
      code: "U1",
      label: "Foster placement with relative(s) or friend(s) – long term fostering",
      source: SSD,
    },
    {
      code: "U2",
      label:
        "Fostering placement with relative(s) or friend(s) who is/are also an approved adopter(s) – FFA/ concurrent planning",
      source: SSD,
    },
    {
      code: "U3",
      label:
        "Fostering placement with relative(s) or friend(s) who is/are not long-term or FFA/ concurrent planning",
      source: SSD,
    },
    { code: "U4", label: "Foster placement with other foster carer(s) – long term fostering", source: SSD },
    {
      code: "U5",
      label:
        "Foster placement with other foster carer(s) who is/are also an approved adopter(s) – FFA/ concurrent planning",
      source: SSD,
    },
    {
      code: "U6",
      label: "Foster placement with other foster carer(s) – not long term or FFA/ concurrent planning",
      source: SSD,
    },
    {
      code: "Z1",
      label: "Other placements (must be listed on a schedule sent to DfE with annual submission)",
      until: "2024-25",
      source: SSD,
    },
    {
      code: "Z11",
      label: "Other placement Z11 (replaces part of Z1; DfE label not yet confirmed)",
      from: "2025-26",
      source: NO_LABEL,
    },
    {
      code: "Z12",
      label: "Other placement Z12 (replaces part of Z1; DfE label not yet confirmed)",
      from: "2025-26",
      source: NO_LABEL,
    },
    {
      code: "Z13",
      label: "Other placement Z13 (replaces part of Z1; DfE label not yet confirmed)",
      from: "2025-26",
      source: NO_LABEL,
    },
    {
      code: "Z14",
      label: "Other placement Z14 (replaces part of Z1; DfE label not yet confirmed)",
      from: "2025-26",
      source: NO_LABEL,
    },
  ] as const,
  {
    id: "placements.PlacementType",
    title: "Placement type (SSDA903 PLACE)",
    description:
      "Where and with whom a looked-after child is placed, as recorded on each SSDA903 episode (PLACE; XML tag PL).",
  },
);
export type PlacementType = z.infer<typeof PlacementType>;
