import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// REC: Why an episode of care ended (REC). X1 means a new episode began the same day; every other code ends the period of care.
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// REC code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.
// E43/E44 until 2017-18 and E45-E48 from 2018-19: liia-tools SSDA903_schema_2018.yml vs _2019.yml
// (the 2018-19 return split special guardianship by relative/friend). D2I starts at 2022-23 and agrees.
// E17 exists in every year both projects cover.

const PATCH =
  "DfE SSDA903 REC; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";

/** Why an episode of care ended (REC). X1 means a new episode began the same day; every other code ends the period of care. */
export const ReasonEpisodeCeased = defineCodeList(
  [
    { code: "E11", label: "Adopted - application for an adoption order unopposed", source: PATCH },
    { code: "E12", label: "Adopted – consent dispensed with by the court", source: PATCH },
    { code: "E2", label: "Died", source: PATCH },
    { code: "E3", label: "Care taken over by another local authority in the UK", source: PATCH },
    {
      code: "E4A",
      label:
        "Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process (not under a special guardianship order or residence order or (from 22 April 2014) a child arrangement order)",
      source: PATCH,
    },
    {
      code: "E4B",
      label:
        "Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility which was not part of the current care planning process (not under a special guardianship order or residence order or (from 22 April 2014) a child arrangement order)",
      source: PATCH,
    },
    {
      code: "E13",
      label:
        "Left care to live with parent(s), relative(s), or other person(s) with no parental responsibility",
      source: PATCH,
    },
    {
      code: "E41",
      label:
        "Residence order (or, from 22 April 2014, a child arrangement order which sets out with whom the child is to live) granted",
      source: PATCH,
    },
    {
      code: "E43",
      label: "Special guardianship made to former foster carers (retired: replaced by E45/E46 from 2018-19)",
      until: "2017-18",
      source: PATCH,
    },
    {
      code: "E44",
      label:
        "Special guardianship made to carers other than former foster carers (retired: replaced by E47/E48 from 2018-19)",
      until: "2017-18",
      source: PATCH,
    },
    {
      code: "E45",
      label:
        "Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)",
      from: "2018-19",
      source: PATCH,
    },
    {
      code: "E46",
      label: "Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)",
      from: "2018-19",
      source: PATCH,
    },
    {
      code: "E47",
      label:
        "Special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s)",
      from: "2018-19",
      source: PATCH,
    },
    {
      code: "E48",
      label:
        "Special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s)",
      from: "2018-19",
      source: PATCH,
    },
    {
      code: "E5",
      label:
        "Moved into independent living arrangement and no longer looked-after: supportive accommodation providing formalised advice/support arrangements (such as most hostels, young men’s Christian association, foyers, staying close and care leavers projects). Includes both children leaving care before and at age 18",
      source: PATCH,
    },
    {
      code: "E6",
      label:
        "Moved into independent living arrangement and no longer looked-after: accommodation providing no formalised advice/support arrangements (such as bedsit, own flat, living with friend(s)). Includes both children leaving care before and at age 18",
      source: PATCH,
    },
    {
      code: "E7",
      label: "Transferred to residential care funded by adult social care services",
      source: PATCH,
    },
    {
      code: "E8",
      label:
        "Period of being looked-after ceased for any other reason (where none of the other reasons apply)",
      source: PATCH,
    },
    { code: "E9", label: "Sentenced to custody", source: PATCH },
    { code: "E14", label: "Accommodation on remand ended", source: PATCH },
    {
      code: "E15",
      label:
        "Age assessment determined child is aged 18 or over and E5, E6 and E7 do not apply, such as an unaccompanied asylum-seeking child (UASC) whose age has been disputed",
      source: PATCH,
    },
    { code: "E16", label: "Child moved abroad", source: PATCH },
    {
      code: "E17",
      label: "Aged 18 (or over) and remained with current carers (inc under staying put arrangements)",
      source: PATCH,
    },
    {
      code: "X1",
      label: "Episode ceases, and new episode begins on same day, for any reason",
      source: PATCH,
    },
  ] as const,
  {
    id: "placements.ReasonEpisodeCeased",
    title: "Reason episode ceased (SSDA903 REC)",
    description:
      "Why an episode of care ended (REC). X1 means a new episode began the same day; every other code ends the period of care.",
  },
);
export type ReasonEpisodeCeased = z.infer<typeof ReasonEpisodeCeased>;
