import { XMLBuilder } from "fast-xml-parser";
import type { RawRow, Ssda903Return } from "../tables/raw-return";
import { TABLE_COLUMNS } from "../tables/table-columns";
import type { TableName } from "../tables/table-name";
import {
  AD_PLACED,
  AMISSING,
  AREVIEW,
  EPISODE,
  OC2_GROUP,
  PERMANENCE,
  tagOfColumn,
  XML_ROOT,
  type XmlGroup,
} from "./xml-layout";

interface ChildRows {
  header?: RawRow;
  rows: Partial<Record<TableName, RawRow[]>>;
}

type XmlElement = Record<string, unknown>;

/**
 * Writes the ten classic tables as one DfE XML file (root `EXPSSDA903`, one `CHILD` per child id in
 * the order children first appear, Header first), elements in the 2021 XSD's order, built with
 * fast-xml-parser's XMLBuilder (which escapes `&`, `<`, `>` and quotes). A `null` item is left out.
 *
 * What the XML cannot say: it has one HEADER per child, so a second Header row for the same child,
 * a second UASC, OC2, OC3, AD1 or PrevPerm row, and a DOB or SEX on another table that differs from
 * the Header's are not written (the child's Header DOB and SEX are what the XML carries). Header's
 * `UASC` item is the row's own `UASC` when it has one, else `1` when the child is in the UASC table.
 */
export function writeXml(ret: Ssda903Return): string {
  const children = new Map<string | null, ChildRows>();
  const childOf = (id: string | null): ChildRows => {
    let c = children.get(id);
    if (c === undefined) {
      c = { rows: {} };
      children.set(id, c);
    }
    return c;
  };
  for (const row of ret.tables.Header ?? []) {
    const c = childOf(row["CHILD"] ?? null);
    c.header ??= row;
  }
  for (const table of [
    "UASC",
    "AD1",
    "OC3",
    "Missing",
    "Reviews",
    "PrevPerm",
    "OC2",
    "PlacedAdoption",
    "Episodes",
  ] as const) {
    for (const row of ret.tables[table] ?? []) {
      const c = childOf(row["CHILD"] ?? null);
      const rows = c.rows[table] ?? [];
      rows.push(row);
      c.rows[table] = rows;
    }
  }

  const out: XmlElement[] = [];
  for (const [id, c] of children) {
    const first = (t: TableName) => c.rows[t]?.[0];
    const h = c.header;
    const dobSource = h ?? first("UASC") ?? first("Reviews") ?? first("OC2") ?? first("PrevPerm");
    const header: XmlElement = {};
    const put = (tag: string, value: string | null | undefined) => {
      if (value !== null && value !== undefined) header[tag] = value;
    };
    put("CHILDID", id);
    put("UPN", h?.["UPN"]);
    put("SEX", h?.["SEX"] ?? first("UASC")?.["SEX"]);
    put("DOB", dobSource?.["DOB"]);
    put("ETHNIC", h?.["ETHNIC"]);
    put("UASC", h !== undefined && "UASC" in h ? h["UASC"] : first("UASC") !== undefined ? "1" : null);
    put("DUC", first("UASC")?.["DUC"]);
    for (const column of TABLE_COLUMNS.AD1.columns.slice(2)) put(column, first("AD1")?.[column]);
    for (const column of TABLE_COLUMNS.OC3.columns.slice(2)) put(column, first("OC3")?.[column]);
    group(header, AMISSING, c.rows.Missing);
    group(header, AREVIEW, c.rows.Reviews);
    put("MOTHER", h?.["MOTHER"]);
    put("MC_DOB", h?.["MC_DOB"]);
    group(header, PERMANENCE, c.rows.PrevPerm?.slice(0, 1));
    group(header, OC2_GROUP, c.rows.OC2?.slice(0, 1));
    group(header, AD_PLACED, c.rows.PlacedAdoption);
    const child: XmlElement = { HEADER: header };
    group(child, EPISODE, c.rows.Episodes);
    out.push(child);
  }
  const body = new XMLBuilder({ format: true, indentBy: "  ", suppressEmptyNode: true }).build({
    [XML_ROOT]: { CHILD: out },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

function group(parent: XmlElement, g: XmlGroup, rows: readonly RawRow[] | undefined) {
  if (rows === undefined || rows.length === 0) return;
  parent[g.element] = rows.map((row) => {
    const element: XmlElement = {};
    for (const tag of g.leaves) {
      const value = row[tag === "PL" ? "PLACE" : tagOfColumn(tag)];
      if (value !== null && value !== undefined) element[tag] = value;
    }
    return element;
  });
}
