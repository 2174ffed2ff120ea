import type { CollectionYear } from "@childrens-social-care/core";
import type { TableName } from "./table-name";

/** The CSV columns of one table and the first collection year the table is part of the return. */
export interface TableLayout {
  readonly columns: readonly string[];
  readonly from?: CollectionYear;
}

/**
 * CSV column sets of each table, in the DfE's order. A CSV file is recognised by its exact set of
 * columns, not its name, as the DfE's tools do. Source: DfE SSDA903 technical specification
 * "1.2 CSV format", as mirrored in data-to-insight/csc-validator-be-903 `config.py::column_names`;
 * SWEpisodes from 2023-24, DoLo from 2026-27 (liia-tools-pipeline `SSDA903_schema_2027.diff.yml`).
 */
export const TABLE_COLUMNS: Readonly<Record<TableName, TableLayout>> = {
  Header: { columns: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"] },
  Episodes: {
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
  },
  Reviews: { columns: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"] },
  UASC: { columns: ["CHILD", "SEX", "DOB", "DUC"] },
  OC2: {
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
  },
  OC3: { columns: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"] },
  AD1: {
    columns: [
      "CHILD",
      "DOB",
      "DATE_INT",
      "DATE_MATCH",
      "FOSTER_CARE",
      "NB_ADOPTR",
      "SEX_ADOPTR",
      "LS_ADOPTR",
    ],
  },
  PlacedAdoption: { columns: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"] },
  PrevPerm: { columns: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"] },
  Missing: { columns: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"] },
  SWEpisodes: { columns: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"], from: "2023-24" },
  DoLo: { columns: ["CHILD", "DOB", "DOLO_START", "DOLO_END"], from: "2026-27" },
};
