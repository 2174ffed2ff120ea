import * as z from "zod";
import { collectionYearEnd, collectionYearStart, isCollectionYear } from "../dates/collection-year";
import { isIsoDate } from "../dates/iso-date";
import {
  labelOnDate,
  labelsBetween,
  type ResolvedLabelPeriod,
  resolveLabelPeriods,
} from "./code-label-periods";
import { annotateCodeListJsonSchema, registerCodeListRows } from "./code-list-json-schema";
import type { CodeListRow, CodeStatus } from "./code-list-row";

/** Options for {@link defineCodeList}. */
export interface CodeListOptions {
  /** A namespaced schema id, e.g. `"placements.PlacementType"`; becomes the JSON Schema `$defs` key. */
  readonly id: string;
  /** A title for documentation and JSON Schema. */
  readonly title?: string;
  /** What the list classifies. */
  readonly description?: string;
}

/** What a code list adds to its Zod enum. */
export interface CodeListMethods<C extends string> {
  /** The rows the list was built from, in table order. */
  readonly rows: readonly (CodeListRow & { readonly code: C })[];
  /** The label of a code; `undefined` for a string that is not in the list. */
  labelOf(code: C): string;
  labelOf(code: string): string | undefined;
  /**
   * The label a code carried on an ISO date: its wording in that period when the issuing body changed
   * the wording over time (see {@link CodeListRow.labels}), else its one label; `undefined` for a string
   * that is not in the list. The date is about wording only: a retired code still has its last label.
   */
  labelOn(code: string, date: string): string | undefined;
  /** The labels a code carried at some point in a collection year, oldest first (empty when unknown). */
  labelsIn(code: string, collectionYear: string): string[];
  /** The full row of a code, or `undefined`. */
  rowOf(code: string): (CodeListRow & { readonly code: C }) | undefined;
  /** True when `code` is in the list, whatever its validity period. */
  has(code: unknown): code is C;
  /** True when the code may be used at some point in the collection year (e.g. `"2024-25"`). */
  isValidIn(code: string, collectionYear: string): boolean;
  /** True when the code may be used on the given ISO date. */
  isValidOn(code: string, date: string): boolean;
  /** Why a code may or may not be used in a collection year: valid, not yet valid, retired, or unknown. */
  statusIn(code: string, collectionYear: string): CodeStatus;
  /** The codes that may be used in a collection year, in table order. */
  codesIn(collectionYear: string): C[];
  /** JSON Schema (draft 2020-12) for the list: `oneOf` of `const` codes, each with its label as `title`. */
  jsonSchema(): z.core.JSONSchema.BaseSchema;
}

/** A code list: a Zod enum of its codes (so `.options` lists them) with lookups and validity checks. */
export type CodeList<C extends string> = z.ZodEnum<{ [K in C]: K }> & CodeListMethods<C>;

/** The union of codes of a code list: `type PlacementType = CodeOf<typeof PlacementType>`. */
export type CodeOf<L> = L extends CodeList<infer C> ? C : never;

interface Bounds {
  readonly first: string;
  readonly last: string;
}

/**
 * Builds a code list from one table of rows: the Zod enum, the union type, `labelOf`, validity checks
 * by collection year and by date, and JSON Schema with titles.
 *
 * @example
 * const Sex = defineCodeList(
 *   [
 *     { code: "M", label: "Male", source: "DfE SSDA903 guide 2024-25, SEX" },
 *     { code: "F", label: "Female", source: "DfE SSDA903 guide 2024-25, SEX" },
 *   ] as const,
 *   { id: "example.Sex" },
 * );
 * type Sex = z.infer<typeof Sex>; // "M" | "F"
 * Sex.labelOf("F"); // "Female"
 * Sex.options; // ["M", "F"]
 * @throws TypeError when the table is empty, repeats a code, or has a malformed `from`/`until`
 * (a programming error in the table, caught when the module loads).
 */
export function defineCodeList<const R extends readonly [CodeListRow, ...CodeListRow[]]>(
  rows: R,
  options: CodeListOptions,
): CodeList<R[number]["code"]> {
  type C = R[number]["code"];
  const byCode = new Map<string, R[number]>();
  const bounds = new Map<string, Bounds>();
  const labelPeriods = new Map<string, readonly ResolvedLabelPeriod[]>();
  const resolve = (bound: string, which: "from" | "until") => boundDate(bound, which, options.id);
  for (const row of rows) {
    if (byCode.has(row.code)) throw new TypeError(`Code list ${options.id} repeats the code "${row.code}".`);
    byCode.set(row.code, row);
    bounds.set(row.code, {
      first: row.from === undefined ? "0000-01-01" : resolve(row.from, "from"),
      last: row.until === undefined ? "9999-12-31" : resolve(row.until, "until"),
    });
    labelPeriods.set(row.code, resolveLabelPeriods(row, resolve, options.id));
  }
  const codes = rows.map((r) => r.code) as [C, ...C[]];
  const meta: Record<string, unknown> = { id: options.id };
  if (options.title) meta["title"] = options.title;
  if (options.description) meta["description"] = options.description;
  const name = options.title ?? options.id;
  // The default enum message lists every code; name the list instead (and never echo the value).
  const schema = z.enum(codes, { error: `Not a valid code of the list "${name}".` }).meta(meta);

  const statusIn = (code: string, collectionYear: string): CodeStatus => {
    const b = bounds.get(code);
    if (!b) return "unknown";
    if (b.first > collectionYearEnd(collectionYear)) return "not-yet-valid";
    if (b.last < collectionYearStart(collectionYear)) return "retired";
    return "valid";
  };
  const methods: CodeListMethods<C> = {
    rows: rows as unknown as CodeListMethods<C>["rows"],
    labelOf: ((code: string) => byCode.get(code)?.label) as CodeListMethods<C>["labelOf"],
    labelOn: (code, date) => {
      const periods = labelPeriods.get(code);
      return periods === undefined ? undefined : labelOnDate(periods, date);
    },
    labelsIn: (code, year) => {
      const periods = labelPeriods.get(code);
      if (periods === undefined) return [];
      return labelsBetween(periods, collectionYearStart(year), collectionYearEnd(year));
    },
    rowOf: (code) => byCode.get(code) as ReturnType<CodeListMethods<C>["rowOf"]>,
    has: (code): code is C => typeof code === "string" && byCode.has(code),
    isValidIn: (code, year) => statusIn(code, year) === "valid",
    isValidOn: (code, date) => {
      const b = bounds.get(code);
      return b !== undefined && b.first <= date && date <= b.last;
    },
    statusIn,
    codesIn: (year) => codes.filter((c) => statusIn(c, year) === "valid"),
    jsonSchema: () => {
      const json = z.toJSONSchema(z.enum(codes), { target: "draft-2020-12" });
      annotateCodeListJsonSchema(json, rows);
      if (options.title) json.title = options.title;
      if (options.description) json.description = options.description;
      return json;
    },
  };
  registerCodeListRows(schema, rows);
  return Object.assign(schema, methods) as CodeList<C>;
}

function boundDate(value: string, which: "from" | "until", id: string): string {
  if (isCollectionYear(value))
    return which === "from" ? collectionYearStart(value) : collectionYearEnd(value);
  if (isIsoDate(value)) return value;
  throw new TypeError(`Code list ${id}: "${which}" must be a collection year (2024-25) or an ISO date.`);
}
