import type { ValidationIssue } from "@childrens-social-care/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { RawRow } from "../tables/raw-return";
import { TABLE_COLUMNS } from "../tables/table-columns";
import type { TableName } from "../tables/table-name";
import { lineIndex } from "./line-index";
import { READ_RULES, readIssue } from "./read-issue";
import {
  columnOfTag,
  EPISODE,
  HEADER_GROUPS_AFTER_LEAVES,
  HEADER_GROUPS_BEFORE_LEAVES,
  HEADER_LEAVES_AFTER,
  HEADER_LEAVES_BEFORE,
  XML_ROOT,
  XML_TABLES,
  type XmlGroup,
} from "./xml-layout";

/** Tables read from one XML file, with the line each row's element starts on. */
export interface XmlTables {
  readonly tables: Partial<Record<TableName, RawRow[]>>;
  readonly lines: Partial<Record<TableName, number[]>>;
  readonly issues: ValidationIssue[];
}

type XmlNode = Record<string, unknown>;

const REPEATED = new Set(["CHILD", "EPISODE", "AREVIEW", "AMISSING", "AD_PLACED"]);
const META = XMLParser.getMetaDataSymbol();
const HEADER_GROUPS = [...HEADER_GROUPS_BEFORE_LEAVES, ...HEADER_GROUPS_AFTER_LEAVES];
const HEADER_LEAVES = new Set<string>([...HEADER_LEAVES_BEFORE, ...HEADER_LEAVES_AFTER]);
const GROUP_BY_ELEMENT = new Map(HEADER_GROUPS.map((g) => [g.element, g]));
const AD1_COLUMNS = TABLE_COLUMNS.AD1.columns.slice(2);
const OC3_COLUMNS = TABLE_COLUMNS.OC3.columns.slice(2);

/**
 * Reads a return in the DfE XML format into the classic tables, as csc-validator-be-903
 * `ingress.py::read_xml_from_text` does: one Header row per `CHILD` (with the `UASC` flag the XML
 * carries), one Episodes row per `EPISODE`, Reviews from `AREVIEW`, Missing from `AMISSING`,
 * PlacedAdoption from `AD_PLACED`, PrevPerm from `PERMANENCE`, OC2 from `OC2`, and the child's
 * DOB (and SEX for UASC) copied onto each. Where the Python tool makes an AD1 row only when
 * `DATE_INT` is present and an OC3 row only when `IN_TOUCH` is, we make one when any of the table's
 * items is present, so no item is lost; a UASC row is made when `UASC` is present and not `0`, or
 * `DUC` is present (the Python tool also makes one for `UASC` = `0`, which would list a child who is
 * not UASC). Leaf text is kept verbatim; an empty element is `null`. A file that is not well-formed
 * gives one issue with its line and column and no tables. Never throws.
 */
export function readXml(file: string, text: string): XmlTables {
  const issues: ValidationIssue[] = [];
  const tables: Partial<Record<TableName, RawRow[]>> = {};
  const lines: Partial<Record<TableName, number[]>> = {};
  let parsed: XmlNode;
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      issues.push(
        readIssue(
          READ_RULES.xmlSyntax,
          "error",
          `The XML is not well-formed (${valid.err.code}); the file was not read.`,
          {
            file,
            line: Math.max(1, valid.err.line),
            column: Math.max(1, valid.err.col),
          },
        ),
      );
      return { tables, lines, issues };
    }
    parsed = new XMLParser({
      ignoreAttributes: true,
      parseTagValue: false,
      trimValues: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      captureMetaData: true,
      // Callbacks get a matcher rather than a path string: building path strings for every element
      // made parsing about twice as slow on a 100,000-child file.
      jPath: false,
      isArray: (name) => REPEATED.has(name),
    }).parse(text) as XmlNode;
  } catch {
    issues.push(
      readIssue(READ_RULES.xmlSyntax, "error", "The XML could not be parsed; the file was not read.", {
        file,
      }),
    );
    return { tables, lines, issues };
  }

  const where = lineIndex(text);
  const lineOf = (node: unknown, fallback: number): number => {
    const meta = isNode(node)
      ? (node[META as unknown as string] as { startIndex?: number } | undefined)
      : undefined;
    return meta?.startIndex === undefined ? fallback : where(meta.startIndex).line;
  };
  const unknown = new Set<string>();
  const add = (table: TableName, row: RawRow, line: number) => {
    const rows = tables[table] ?? [];
    const at = lines[table] ?? [];
    rows.push(row);
    at.push(line);
    tables[table] = rows;
    lines[table] = at;
  };
  const structure = (message: string, line?: number) =>
    issues.push(readIssue(READ_RULES.xmlStructure, "error", message, { file, ...(line ? { line } : {}) }));

  const root = parsed[XML_ROOT];
  if (!isNode(root) && root !== "") {
    structure(`The file is XML but not an SSDA903 return: its root element is not ${XML_ROOT}.`);
    return { tables, lines, issues };
  }
  for (const t of XML_TABLES) {
    tables[t] = [];
    lines[t] = [];
  }
  const children = isNode(root) ? asArray(root["CHILD"]) : [];
  if (isNode(root)) noteUnknown(root, new Set(["CHILD"]), unknown);

  for (const child of children) {
    const childLine = lineOf(child, 1);
    const childNode = isNode(child) ? child : {};
    noteUnknown(childNode, new Set(["HEADER", "EPISODE"]), unknown);
    const headers = asArray(childNode["HEADER"]);
    if (headers.length !== 1) {
      structure(
        `A CHILD element has ${headers.length} HEADER elements; it must have exactly one.`,
        childLine,
      );
    }
    const header = isNode(headers[0]) ? headers[0] : {};
    const headerLine = lineOf(headers[0], childLine);
    const leaf = (tag: string): string | null =>
      leafText(header[tag], () => structure(`The HEADER element ${tag} should hold text only.`, headerLine));
    for (const key of Object.keys(header)) {
      if (!key.startsWith("#") && !HEADER_LEAVES.has(key) && !GROUP_BY_ELEMENT.has(key)) unknown.add(key);
    }
    const childId = leaf("CHILDID");
    const dob = leaf("DOB");
    const sex = leaf("SEX");
    const uasc = leaf("UASC");
    add(
      "Header",
      {
        CHILD: childId,
        SEX: sex,
        DOB: dob,
        ETHNIC: leaf("ETHNIC"),
        UPN: leaf("UPN"),
        MOTHER: leaf("MOTHER"),
        MC_DOB: leaf("MC_DOB"),
        UASC: uasc,
      },
      headerLine,
    );
    const duc = leaf("DUC");
    if ((uasc !== null && uasc !== "0") || duc !== null)
      add("UASC", { CHILD: childId, SEX: sex, DOB: dob, DUC: duc }, headerLine);
    const oc3 = OC3_COLUMNS.map((c) => [c, leaf(c)] as const);
    if (oc3.some(([, v]) => v !== null))
      add("OC3", { CHILD: childId, DOB: dob, ...Object.fromEntries(oc3) }, headerLine);
    const ad1 = AD1_COLUMNS.map((c) => [c, leaf(c)] as const);
    if (ad1.some(([, v]) => v !== null))
      add("AD1", { CHILD: childId, DOB: dob, ...Object.fromEntries(ad1) }, headerLine);

    for (const group of HEADER_GROUPS) readGroup(group, header[group.element], headerLine);
    readGroup(EPISODE, childNode["EPISODE"], childLine);

    function readGroup(group: XmlGroup, value: unknown, parentLine: number) {
      const elements = asArray(value);
      if (!group.repeats && elements.length > 1) {
        structure(`A HEADER has ${elements.length} ${group.element} elements; it may have one.`, parentLine);
      }
      for (const element of elements) {
        const node = isNode(element) ? element : {};
        const line = lineOf(element, parentLine);
        const row: Record<string, string | null> = { CHILD: childId };
        if (group.table !== "Episodes") row["DOB"] = dob;
        const known = new Set(group.leaves);
        for (const key of Object.keys(node)) if (!key.startsWith("#") && !known.has(key)) unknown.add(key);
        for (const tag of group.leaves) {
          row[columnOfTag(tag)] = leafText(node[tag], () =>
            structure(`The ${group.element} element ${tag} should hold text only.`, line),
          );
        }
        add(group.table, orderColumns(group.table, row), line);
      }
    }
  }
  for (const tag of unknown) {
    issues.push(
      readIssue(
        READ_RULES.xmlStructure,
        "warning",
        `The element ${tag} is not part of the SSDA903 XML layout this reader knows (the 2021 XSD); it was ignored.`,
        { file },
      ),
    );
  }
  return { tables, lines, issues };
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

// The text of a leaf element: "" (an empty element) is a blank cell; a repeated element keeps the
// first; an element with children where text belongs is reported and read as blank.
function leafText(value: unknown, onBadShape: () => void): string | null {
  if (value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (Array.isArray(value)) {
    onBadShape();
    return leafText(value[0], () => {});
  }
  if (isNode(value)) {
    const text = value["#text"];
    if (typeof text === "string" && Object.keys(value).every((k) => k.startsWith("#")))
      return text === "" ? null : text;
  }
  onBadShape();
  return null;
}

function noteUnknown(node: XmlNode, known: ReadonlySet<string>, unknown: Set<string>) {
  for (const key of Object.keys(node)) if (!key.startsWith("#") && !known.has(key)) unknown.add(key);
}

// Rows take the CSV column order, so a table read from XML looks the same as one read from CSV.
function orderColumns(table: TableName, row: Record<string, string | null>): RawRow {
  const out: Record<string, string | null> = {};
  for (const c of TABLE_COLUMNS[table].columns) out[c] = row[c] ?? null;
  return out;
}
