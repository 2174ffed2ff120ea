// Test-only: runs a rule against the Python validator's own rule tests, harvested as data in
// shared/reference/ssda903-data/derived/903_rule_test_vectors_<year>.json (each case: the input tables
// and the row-index labels the Python tool flagged). The data is read from there, never copied in.
import type { CollectionYear } from "@childrens-social-care/core";
import { createRuleContext } from "../rules/create-rule-context";
import { parseDmy } from "../rules/dmy-date";
import type { Rule } from "../rules/rule";
import type { ProviderInfo } from "../rules/rule-context";
import type { RawRow, ReturnTables } from "../tables/raw-return";
import { isTableName, type TableName } from "../tables/table-name";
import { whySkipped } from "../validate/validate-return";
import { readReferenceJson } from "./reference-data";

type Cell = string | number | null | { $date: string };
interface VectorTable {
  columns: string[];
  dtypes: Record<string, string>;
  index: (number | string)[];
  data: Cell[][];
}
interface VectorCase {
  input: Record<string, VectorTable | Record<string, unknown>>;
  output: Record<string, (number | string)[]>;
}
interface VectorRule {
  code: string;
  year_folder: string;
  message: string;
  cases: VectorCase[];
}

/** The D2I rule-set folders and the collection years they are for. */
export const VECTOR_YEARS: Readonly<Record<string, CollectionYear>> = {
  lac2022_23: "2022-23",
  lac2023_24: "2023-24",
  lac2024_25: "2024-25",
  lac2025_26: "2025-26",
  lac2026_27: "2026-27",
};

const loaded = new Map<string, VectorRule[]>();

/** Every harvested rule test of one D2I year folder. */
export function vectorsOf(folder: string): VectorRule[] {
  let v = loaded.get(folder);
  if (!v) {
    v = readReferenceJson<VectorRule[]>(`derived/903_rule_test_vectors_${folder}.json`);
    loaded.set(folder, v);
  }
  return v;
}

/** One harvested case ready to run: which year folder, which case of the rule, what is expected. */
export interface PreparedCase {
  readonly folder: string;
  readonly year: CollectionYear;
  readonly caseIndex: number;
  readonly code: string;
  readonly vector: VectorCase;
}

/** Every harvested case of a rule code across the five year folders. */
export function casesOfRule(code: string): PreparedCase[] {
  const out: PreparedCase[] = [];
  for (const [folder, year] of Object.entries(VECTOR_YEARS)) {
    for (const rule of vectorsOf(folder)) {
      if (rule.code !== code) continue;
      rule.cases.forEach((vector, caseIndex) => {
        out.push({ folder, year, caseIndex, code, vector });
      });
    }
  }
  return out;
}

function dmyOfIso(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

function cellText(cell: Cell, dtype: string | undefined): string | null {
  if (cell === null) return null;
  if (typeof cell === "object") return dmyOfIso(cell.$date);
  if (typeof cell === "number") {
    if (Number.isNaN(cell)) return null;
    return dtype?.startsWith("float") && Number.isInteger(cell) ? cell.toFixed(1) : String(cell);
  }
  return cell;
}

function isVectorTable(value: unknown): value is VectorTable {
  return typeof value === "object" && value !== null && "columns" in value && "data" in value;
}

function rowsOf(table: VectorTable): RawRow[] {
  return table.data.map((cells) => {
    const row: Record<string, string | null> = {};
    table.columns.forEach((column, i) => {
      row[column] = cellText(cells[i] ?? null, table.dtypes[column]);
    });
    return row;
  });
}

function metaDate(value: unknown): number | undefined {
  if (typeof value === "string") return parseDmy(value);
  if (value && typeof value === "object" && "$date" in value) return parseDmy(dmyOfIso(String(value.$date)));
  return undefined;
}

function providersOf(table: VectorTable): Map<string, ProviderInfo> {
  const map = new Map<string, ProviderInfo>();
  for (const row of rowsOf(table)) {
    const urn = row["URN"] ?? "";
    const list = (v: string | null | undefined) =>
      v == null ? undefined : v.split(/[,\s]+/).filter(Boolean);
    const info: ProviderInfo = {
      urn,
      ...(row["POSTCODE"] != null ? { postcode: row["POSTCODE"] } : {}),
      ...(row["PLACE_CODES"] != null ? { placeCodes: list(row["PLACE_CODES"]) ?? [] } : {}),
      ...(row["PROVIDER_CODES"] != null ? { providerCodes: list(row["PROVIDER_CODES"]) ?? [] } : {}),
      ...(row["REG_END"] != null ? { registrationEnd: row["REG_END"] } : {}),
      ...(row["LA_CODE_INFERRED"] != null ? { laCode: row["LA_CODE_INFERRED"] } : {}),
    };
    map.set(urn, info);
  }
  return map;
}

/** Runs a rule on one harvested case; returns the flagged index labels per table, as strings, sorted. */
export function runCase(rule: Rule, prepared: PreparedCase): Record<string, string[]> {
  const { vector, year } = prepared;
  const tables: Partial<Record<TableName, RawRow[]>> = {};
  const previous: Partial<Record<TableName, RawRow[]>> = {};
  const labels: Partial<Record<TableName, (number | string)[]>> = {};
  let hasPrevious = false;
  let metadata: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(vector.input)) {
    if (name === "metadata") {
      metadata = value as Record<string, unknown>;
      continue;
    }
    if (!isVectorTable(value)) continue;
    if (name.endsWith("_last")) {
      const base = name.slice(0, -5);
      if (isTableName(base)) {
        previous[base] = rowsOf(value);
        hasPrevious = true;
      }
    } else if (isTableName(name)) {
      tables[name] = rowsOf(value);
      labels[name] = value.index;
    }
  }
  let start = metaDate(metadata["collection_start"]);
  let end = metaDate(metadata["collection_end"]);
  if (typeof metadata["collectionYear"] === "string" && /^\d{4}$/.test(metadata["collectionYear"])) {
    const y = Number(metadata["collectionYear"]);
    start ??= parseDmy(`01/04/${y - 1}`);
    end ??= parseDmy(`31/03/${y}`);
  }
  const providerTable = metadata["provider_info"];
  const ctx = createRuleContext({
    collectionYear: year,
    tables: tables as ReturnTables,
    ...(hasPrevious ? { previous: previous as ReturnTables } : {}),
    ...(isVectorTable(providerTable) ? { providers: providersOf(providerTable) } : {}),
    ...(typeof metadata["localAuthority"] === "string" ? { localAuthority: metadata["localAuthority"] } : {}),
    ...(start !== undefined ? { collectionStart: start } : {}),
    ...(end !== undefined ? { collectionEnd: end } : {}),
  });
  const out: Record<string, Set<string>> = {};
  if (whySkipped(rule, ctx) !== undefined) return {};
  for (const flag of rule.check(ctx)) {
    const label = labels[flag.table]?.[flag.row] ?? flag.row;
    const set = out[flag.table] ?? new Set<string>();
    set.add(String(label));
    out[flag.table] = set;
  }
  return Object.fromEntries(Object.entries(out).map(([t, s]) => [t, [...s].sort()]));
}

/** The expected flags of a harvested case, normalised like `runCase`'s result. */
export function expectedOf(prepared: PreparedCase): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(prepared.vector.output)) {
    if (rows.length === 0) continue;
    out[table] = rows
      .map((r) => (typeof r === "number" && Number.isInteger(r) ? String(r) : String(r)))
      .sort();
  }
  return out;
}
