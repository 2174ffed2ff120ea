import { SSDA903_TABLES } from "../tables/ssda903-tables";
import type { TableName } from "../tables/table-name";

/**
 * The DfE SSDA903 XML layout: root `EXPSSDA903`, one `CHILD` per child holding a `HEADER` and its
 * `EPISODE`s. Element order is the XSD's sequence (csc-data-synthesizer `tests/data/CLA.xsd`,
 * "Expanded SSDA903 Return 2021" v3.3.0); the writer follows it, the reader accepts any order.
 * The XML tag `CHILDID` is the CSV column `CHILD` and `PL` is `PLACE` (csc-validator-be-903
 * `ingress.py::read_xml_from_text`). The XML carries the ten classic tables only: no layout for
 * `SWEpisodes` (2023-24) or `DoLo` (2026-27) XML was available to us, and the Python tool reads
 * those tables from CSV only.
 */
export const XML_ROOT = "EXPSSDA903";

/** Leaf elements of `HEADER`, in XSD order, before the repeated groups. */
export const HEADER_LEAVES_BEFORE = [
  "CHILDID",
  "UPN",
  "SEX",
  "DOB",
  "ETHNIC",
  "UASC",
  "DUC",
  "DATE_INT",
  "DATE_MATCH",
  "FOSTER_CARE",
  "NB_ADOPTR",
  "SEX_ADOPTR",
  "LS_ADOPTR",
  "IN_TOUCH",
  "ACTIV",
  "ACCOM",
] as const;

/** Leaf elements of `HEADER` between `AREVIEW` and `PERMANENCE`. */
export const HEADER_LEAVES_AFTER = ["MOTHER", "MC_DOB"] as const;

/** The groups inside `HEADER` (and `EPISODE` under `CHILD`), each giving rows of one table. */
export interface XmlGroup {
  readonly element: string;
  readonly table: TableName;
  readonly leaves: readonly string[];
  /** True when the group may repeat (one row per element). */
  readonly repeats: boolean;
}

export const AMISSING: XmlGroup = {
  element: "AMISSING",
  table: "Missing",
  leaves: ["MISSING", "MIS_START", "MIS_END"],
  repeats: true,
};
export const AREVIEW: XmlGroup = {
  element: "AREVIEW",
  table: "Reviews",
  leaves: ["REVIEW", "REVIEW_CODE"],
  repeats: true,
};
export const PERMANENCE: XmlGroup = {
  element: "PERMANENCE",
  table: "PrevPerm",
  leaves: ["PREV_PERM", "LA_PERM", "DATE_PERM"],
  repeats: false,
};
export const OC2_GROUP: XmlGroup = {
  element: "OC2",
  table: "OC2",
  leaves: [
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
  repeats: false,
};
export const AD_PLACED: XmlGroup = {
  element: "AD_PLACED",
  table: "PlacedAdoption",
  leaves: ["DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
  repeats: true,
};
export const EPISODE: XmlGroup = {
  element: "EPISODE",
  table: "Episodes",
  leaves: [
    "DECOM",
    "RNE",
    "LS",
    "CIN",
    "PL",
    "PL_POST",
    "HOME_POST",
    "URN",
    "PLACE_PROVIDER",
    "DEC",
    "REC",
    "REASON_PLACE_CHANGE",
  ],
  repeats: true,
};

/** Groups inside `HEADER`, in XSD order (AMISSING comes before AREVIEW, the leaves MOTHER/MC_DOB after). */
export const HEADER_GROUPS_BEFORE_LEAVES: readonly XmlGroup[] = [AMISSING, AREVIEW];
export const HEADER_GROUPS_AFTER_LEAVES: readonly XmlGroup[] = [PERMANENCE, OC2_GROUP, AD_PLACED];

/** XML tag to CSV column, where they differ. */
export function columnOfTag(tag: string): string {
  return tag === "CHILDID" ? "CHILD" : tag === "PL" ? "PLACE" : tag;
}

/** CSV column to XML tag, where they differ. */
export function tagOfColumn(column: string): string {
  return column === "CHILD" ? "CHILDID" : column === "PLACE" ? "PL" : column;
}

/**
 * Tables the XML format carries: those of the 2021 XSD, i.e. every table of the return except those
 * added since (SWEpisodes from 2023-24, DoLo from 2026-27), from the table definitions.
 */
export const XML_TABLES: readonly TableName[] = SSDA903_TABLES.filter((t) => t.from === undefined).map(
  (t) => t.name,
);
