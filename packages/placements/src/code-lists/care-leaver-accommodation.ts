import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// ACCOM: A care leaver's accommodation around their birthday (ACCOM, OC3 table): a letter for the kind of accommodation and a digit, 1 suitable or 2 unsuitable.
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// ACCOM code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.
// S1 and X1 (homeless or in custody, "suitable") until 2021-22. The projects disagree: liia-tools
// accepts them in every year, but D2I rule 133, which encodes the DfE validation of the return, rejects
// them in every year it implements (2022-23 on): homelessness and custody can only be unsuitable. We
// follow D2I for the years it covers (it is the stricter, DfE-derived check) and keep the codes valid
// before 2022-23, where liia-tools is our only source, so historical returns still load.

const PATCH =
  "DfE SSDA903 ACCOM; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";

/** A care leaver's accommodation around their birthday (ACCOM, OC3 table): a letter for the kind of accommodation and a digit, 1 suitable or 2 unsuitable. */
export const CareLeaverAccommodation = defineCodeList(
  [
    {
      code: "0",
      label: "Not in touch / died / returned home 6+ months (accommodation not known)",
      source: PATCH,
    },
    { code: "B1", label: "With parent(s) or relative(s) — accommodation considered suitable", source: PATCH },
    {
      code: "B2",
      label: "With parent(s) or relative(s) — accommodation considered unsuitable",
      source: PATCH,
    },
    {
      code: "C1",
      label:
        "Community home or other form of residential care such as an NHS establishment — accommodation considered suitable",
      source: PATCH,
    },
    {
      code: "C2",
      label:
        "Community home or other form of residential care such as an NHS establishment — accommodation considered unsuitable",
      source: PATCH,
    },
    {
      code: "D1",
      label:
        "Semi-independent, transitional accommodation (supported hostel, trainer flats); self-contained accommodation with specialist personal assistance support; self-contained accommodation with floating support — accommodation considered suitable",
      source: PATCH,
    },
    {
      code: "D2",
      label:
        "Semi-independent, transitional accommodation (supported hostel, trainer flats); self-contained accommodation with specialist personal assistance support; self-contained accommodation with floating support — accommodation considered unsuitable",
      source: PATCH,
    },
    {
      code: "E1",
      label:
        "Supported lodgings (usually in a family home, where adult(s) in the “host family” provide formal advice and support) — accommodation considered suitable",
      source: PATCH,
    },
    {
      code: "E2",
      label:
        "Supported lodgings (usually in a family home, where adult(s) in the “host family” provide formal advice and support) — accommodation considered unsuitable",
      source: PATCH,
    },
    { code: "G1", label: "Gone abroad — accommodation considered suitable", source: PATCH },
    { code: "G2", label: "Gone abroad — accommodation considered unsuitable", source: PATCH },
    { code: "H1", label: "Deported — accommodation considered suitable", source: PATCH },
    { code: "H2", label: "Deported — accommodation considered unsuitable", source: PATCH },
    {
      code: "K1",
      label: "Ordinary lodgings, without formal support — accommodation considered suitable",
      source: PATCH,
    },
    {
      code: "K2",
      label: "Ordinary lodgings, without formal support — accommodation considered unsuitable",
      source: PATCH,
    },
    { code: "R1", label: "Residence not known — accommodation considered suitable", source: PATCH },
    { code: "R2", label: "Residence not known — accommodation considered unsuitable", source: PATCH },
    {
      code: "S1",
      label: "No fixed abode / homeless — accommodation considered suitable",
      until: "2021-22",
      source: PATCH,
    },
    { code: "S2", label: "No fixed abode / homeless — accommodation considered unsuitable", source: PATCH },
    {
      code: "T1",
      label:
        "Foyers and similar supported accommodation combining accommodation with opportunities for education, training or employment — accommodation considered suitable",
      source: PATCH,
    },
    {
      code: "T2",
      label:
        "Foyers and similar supported accommodation combining accommodation with opportunities for education, training or employment — accommodation considered unsuitable",
      source: PATCH,
    },
    {
      code: "U1",
      label:
        "Independent living (independent tenancy of flat, house or bedsit, incl. LA/housing association tenancy, or college/university accommodation; includes flat sharing) — accommodation considered suitable",
      source: PATCH,
    },
    {
      code: "U2",
      label:
        "Independent living (independent tenancy of flat, house or bedsit, incl. LA/housing association tenancy, or college/university accommodation; includes flat sharing) — accommodation considered unsuitable",
      source: PATCH,
    },
    {
      code: "V1",
      label:
        "Emergency accommodation (night shelter, direct access or emergency hostel) — accommodation considered suitable",
      source: PATCH,
    },
    {
      code: "V2",
      label:
        "Emergency accommodation (night shelter, direct access or emergency hostel) — accommodation considered unsuitable",
      source: PATCH,
    },
    { code: "W1", label: "Bed and breakfast — accommodation considered suitable", source: PATCH },
    { code: "W2", label: "Bed and breakfast — accommodation considered unsuitable", source: PATCH },
    { code: "X1", label: "In custody — accommodation considered suitable", until: "2021-22", source: PATCH },
    { code: "X2", label: "In custody — accommodation considered unsuitable", source: PATCH },
    { code: "Y1", label: "Other accommodation — accommodation considered suitable", source: PATCH },
    { code: "Y2", label: "Other accommodation — accommodation considered unsuitable", source: PATCH },
    {
      code: "Z1",
      label:
        "With former foster carer(s) (young person fostered who on turning 18 remains with the same carer(s); not for 17-year-old care leavers) — accommodation considered suitable",
      source: PATCH,
    },
    {
      code: "Z2",
      label:
        "With former foster carer(s) (young person fostered who on turning 18 remains with the same carer(s); not for 17-year-old care leavers) — accommodation considered unsuitable",
      source: PATCH,
    },
  ] as const,
  {
    id: "placements.CareLeaverAccommodation",
    title: "Care leaver accommodation (SSDA903 ACCOM)",
    description:
      "A care leaver's accommodation around their birthday (ACCOM, OC3 table): a letter for the kind of accommodation and a digit, 1 suitable or 2 unsuitable.",
  },
);
export type CareLeaverAccommodation = z.infer<typeof CareLeaverAccommodation>;
