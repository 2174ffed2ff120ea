import type { CollectionYear } from "@childrens-social-care/core";
import type { RawRow, ReturnTables } from "../tables/raw-return";
import type { TableName } from "../tables/table-name";
import { parseDmy } from "./dmy-date";

/**
 * What the DfE/Ofsted provider lists say about one provider, keyed by Ofsted URN (the "Children's
 * Homes" and "Social Care Providers" lists the Python validator builds `provider_info` from).
 */
export interface ProviderInfo {
  readonly urn: string;
  readonly postcode?: string;
  /** Placement type codes the provider can offer (e.g. `["K2"]`). */
  readonly placeCodes?: readonly string[];
  /** Placement provider codes that describe the provider (e.g. `["PR4"]`). */
  readonly providerCodes?: readonly string[];
  /** Date the provider's registration ended, `dd/mm/yyyy`. */
  readonly registrationEnd?: string;
  /** Local authority code (e.g. `"E09000027"` or an LA number) the provider's postcode lies in. */
  readonly laCode?: string;
}

/** What postcode reference data gives for one postcode (ONS Postcode Directory). */
export interface PostcodeInfo {
  /** Upper-tier local authority GSS code, or `SCO`, `WAL`, `NIR` outside England. */
  readonly laCode: string;
  /** British National Grid easting and northing in metres. */
  readonly easting: number;
  readonly northing: number;
}

/** One year's tables, read-only, with lookups prepared once and shared by every rule. */
export interface YearTables {
  /** The rows of a table as read; an empty array when the table was not sent. */
  table(name: TableName): readonly RawRow[];
  /** True when the table was sent (even if empty). */
  has(name: TableName): boolean;
  /** For each child identifier, the row indexes of the table that are about that child, in order. */
  rowsByChild(name: TableName): ReadonlyMap<string, readonly number[]>;
}

/** Everything a rule may read. */
export interface RuleContext extends YearTables {
  readonly collectionYear: CollectionYear;
  /** Epoch day of the first day of the collection year (1 April). */
  readonly collectionStart: number;
  /** Epoch day of the last day of the collection year (31 March). */
  readonly collectionEnd: number;
  /** The submitting local authority (GSS code), when given. */
  readonly localAuthority?: string;
  /** The previous year's return, when given. */
  readonly previous?: YearTables;
  /** Provider lists keyed by URN, when given. */
  readonly providers?: ReadonlyMap<string, ProviderInfo>;
  /** Postcode lookup, when given (rules needing it read the derived PL_LA, PL_DISTANCE fields instead). */
  readonly postcodes?: (postcode: string) => PostcodeInfo | undefined;
  /** A `dd/mm/yyyy` cell as an epoch day, or `undefined` when blank or invalid (parsed once, cached). */
  date(text: string | null | undefined): number | undefined;
  /**
   * One date column of a current-year table as epoch days by row (`undefined` where blank or invalid),
   * built once and shared: a rule reading the same column of every row indexes an array instead of
   * looking each cell up again.
   */
  dates(table: TableName, field: string): readonly (number | undefined)[];
}

/** Builds a YearTables view over some tables, indexing lazily and once. */
export function yearTables(tables: ReturnTables): YearTables {
  const byChild = new Map<TableName, Map<string, number[]>>();
  return {
    table: (name) => tables[name] ?? [],
    has: (name) => tables[name] !== undefined,
    rowsByChild(name) {
      let index = byChild.get(name);
      if (!index) {
        index = new Map();
        const rows = tables[name] ?? [];
        // A child's records usually stand together: while the child stays the same, append to the
        // same list without another lookup.
        let lastChild: string | undefined;
        let list: number[] | undefined;
        for (let i = 0; i < rows.length; i++) {
          const child = rows[i]?.CHILD ?? "";
          if (child !== lastChild || !list) {
            list = index.get(child);
            if (!list) {
              list = [];
              index.set(child, list);
            }
            lastChild = child;
          }
          list.push(i);
        }
        byChild.set(name, index);
      }
      return index;
    },
  };
}

/** A cached `dd/mm/yyyy` parser: a return repeats the same few thousand dates many times. */
export function dateCache(): (text: string | null | undefined) => number | undefined {
  // Invalid dates are cached as NaN so that a hit needs one lookup, not `has` then `get`.
  const cache = new Map<string, number>();
  return (text) => {
    if (text == null) return undefined;
    let day = cache.get(text);
    if (day === undefined) {
      day = parseDmy(text) ?? Number.NaN;
      cache.set(text, day);
    }
    return Number.isNaN(day) ? undefined : day;
  };
}

/** Date columns of some tables, each built on first use with `date` and kept. */
export function dateColumns(
  tables: YearTables,
  date: (text: string | null | undefined) => number | undefined,
): (table: TableName, field: string) => readonly (number | undefined)[] {
  const columns = new Map<string, (number | undefined)[]>();
  return (table, field) => {
    const key = `${table}.${field}`;
    let column = columns.get(key);
    if (!column) {
      const rows = tables.table(table);
      column = [];
      for (let i = 0; i < rows.length; i++) column.push(date(rows[i]?.[field]));
      columns.set(key, column);
    }
    return column;
  };
}
