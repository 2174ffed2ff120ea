import { defineTable } from "@childrens-social-care/returns";

// The twelve tables of the SSDA903 return, by the names the DfE's own tools and the open-source
// validator use, with the CSV columns in the DfE's order. Source: DfE SSDA903 technical specification
// "1.2 CSV format", as mirrored in data-to-insight/csc-validator-be-903 `config.py::column_names`;
// SWEpisodes from 2023-24, DoLo from 2026-27 (liia-tools-pipeline `SSDA903_schema_2027.diff.yml`).
// Dates are `dd/mm/yyyy` throughout (DfE data dictionary; CLA XSD date patterns).

export const Header = defineTable({
  name: "Header",
  columns: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
  // UASC (0/1): carried by the DfE XML's HEADER; for a CSV return it is derived at ingest from the
  // UASC table (csc-validator-be-903 `ingress.py`, "Adding UASC column to Header table").
  derived: ["UASC"],
  dates: ["DOB", "MC_DOB"],
  child: "CHILD",
  description: "One record per child: sex, date of birth, ethnicity, UPN, and whether a girl is a mother.",
});

export const Episodes = defineTable({
  name: "Episodes",
  columns: [
    "CHILD",
    "DECOM",
    "RNE",
    "LS",
    "CIN",
    "PLACE",
    "PLACE_PROVIDER",
    "DEC",
    "REC",
    "REASON_PLACE_CHANGE",
    "HOME_POST",
    "PL_POST",
    "URN",
  ],
  // Worked out from the postcodes with the ONS Postcode Directory at ingest, as the DfE's system and
  // csc-validator-be-903 `datastore.py::_add_postcode_derived_fields` do: the placement's upper-tier
  // LA (or SCO/WAL/NIR), IN or OUT of the submitting LA, and the home-to-placement distance in miles.
  derived: ["PL_LA", "PL_LOCATION", "PL_DISTANCE"],
  dates: ["DECOM", "DEC"],
  child: "CHILD",
  description: "Episodes of care: each change of legal status, placement or carer starts a new one.",
});

export const Reviews = defineTable({
  name: "Reviews",
  columns: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
  dates: ["DOB", "REVIEW"],
  child: "CHILD",
  description: "Reviews of the child's case and how the child took part.",
});

export const UASC = defineTable({
  name: "UASC",
  columns: ["CHILD", "SEX", "DOB", "DUC"],
  dates: ["DOB", "DUC"],
  child: "CHILD",
  description: "Unaccompanied asylum-seeking children: the date the child ceased to be UASC.",
});

export const OC2 = defineTable({
  name: "OC2",
  columns: [
    "CHILD",
    "DOB",
    "SDQ_SCORE",
    "SDQ_REASON",
    "CONVICTED",
    "HEALTH_CHECK",
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED",
  ],
  dates: ["DOB"],
  child: "CHILD",
  description: "Outcomes of children looked after continuously for 12 months at 31 March.",
});

export const OC3 = defineTable({
  name: "OC3",
  columns: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
  dates: ["DOB"],
  child: "CHILD",
  description: "Care leavers around their 17th to 21st birthdays: in touch, activity, accommodation.",
});

export const AD1 = defineTable({
  name: "AD1",
  columns: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
  dates: ["DOB", "DATE_INT", "DATE_MATCH"],
  child: "CHILD",
  description: "Adoptions: the decision, the match and the adopters.",
});

export const PlacedAdoption = defineTable({
  name: "PlacedAdoption",
  columns: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
  dates: ["DOB", "DATE_PLACED", "DATE_PLACED_CEASED"],
  child: "CHILD",
  description: "Decisions that the child should be placed for adoption, and why a decision ceased.",
});

export const PrevPerm = defineTable({
  name: "PrevPerm",
  columns: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
  // DATE_PERM may be a partial date (`Z/Z/2010`), so it is read by the rules that need it, not here.
  dates: ["DOB"],
  child: "CHILD",
  description: "The permanence order a child had before this period of care, if any.",
});

export const Missing = defineTable({
  name: "Missing",
  columns: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
  dates: ["DOB", "MIS_START", "MIS_END"],
  child: "CHILD",
  description: "Periods missing from care or away from placement without authorisation.",
});

export const SWEpisodes = defineTable({
  name: "SWEpisodes",
  columns: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
  dates: ["DOB", "SW_DECOM", "SW_DEC"],
  child: "CHILD",
  from: "2023-24",
  description: "The child's social workers, one episode per worker.",
});

export const DoLo = defineTable({
  name: "DoLo",
  columns: ["CHILD", "DOB", "DOLO_START", "DOLO_END"],
  dates: ["DOB", "DOLO_START", "DOLO_END"],
  child: "CHILD",
  from: "2026-27",
  description: "Deprivation of liberty orders.",
});

/** The tables in the DfE's order. */
export const SSDA903_TABLES = [
  Header,
  Episodes,
  Reviews,
  UASC,
  OC2,
  OC3,
  AD1,
  PlacedAdoption,
  PrevPerm,
  Missing,
  SWEpisodes,
  DoLo,
] as const;
