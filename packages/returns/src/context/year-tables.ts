import type {
  ReturnDefinition,
  ReturnRow,
  ReturnTables,
  TableNameOf,
  TableOf,
} from "../tables/define-return";
import type { ColumnOf } from "../tables/define-table";
import { ChildNumbers, type ChildRanges, childRanges } from "./child-index";

/** One year's tables, read-only, with lookups prepared once and shared by every rule. */
export interface YearTables<R extends ReturnDefinition, T extends TableNameOf<R> = TableNameOf<R>> {
  /** The rows of a table as read; an empty array when the table was not sent. */
  table<N extends T>(name: N): readonly ReturnRow<R, N>[];
  /** True when the table was sent (even if empty). */
  has(name: T): boolean;
  /** For each child id, the rows of the table about that child, in file order (built once). */
  rowsByChild(name: T): ReadonlyMap<string, readonly number[]>;
  /** The table's rows grouped by child number (see `ChildNumbers`), built once. */
  ranges(name: T): ChildRanges;
  /** The children of this year, numbered once across all its tables. */
  readonly children: ChildNumbers;
  /**
   * One date column as epoch days by row, `NaN` where blank or not a date (so that, as with a
   * missing date in the DfE's checks, every comparison with it is false). Parsed once and shared.
   */
  dates<N extends T>(table: N, column: ColumnOf<TableOf<R, N>>): Float64Array;
}

const EMPTY: readonly never[] = Object.freeze([]);

/** Builds the read-only view of one year's tables; every index is built on first use and kept. */
export function yearTables<R extends ReturnDefinition>(
  definition: R,
  tables: ReturnTables<R>,
): YearTables<R> {
  const children = new ChildNumbers();
  const ranges = new Map<string, ChildRanges>();
  const byChild = new Map<string, ReadonlyMap<string, readonly number[]>>();
  const dates = new Map<string, Float64Array>();
  const rowsOf = (name: string): readonly Record<string, string | null | undefined>[] =>
    ((tables as Record<string, readonly Record<string, string | null>[] | undefined>)[name] ??
      EMPTY) as readonly Record<string, string | null | undefined>[];
  const childColumn = (name: string): string => definition.tables[name]?.child ?? "CHILD";
  const rangesOf = (name: string): ChildRanges => {
    let r = ranges.get(name);
    if (!r) {
      const rows = rowsOf(name);
      const column = childColumn(name);
      const ids: (string | null | undefined)[] = new Array(rows.length);
      for (let i = 0; i < rows.length; i++) ids[i] = rows[i]?.[column];
      r = childRanges(ids, rows.length, children);
      ranges.set(name, r);
    }
    return r;
  };
  return {
    children,
    table: (name) => rowsOf(name) as never,
    has: (name) => (tables as Record<string, unknown>)[name] !== undefined,
    ranges: rangesOf,
    rowsByChild(name) {
      let map = byChild.get(name);
      if (!map) {
        map = mapOfRanges(rangesOf(name), children);
        byChild.set(name, map);
      }
      return map;
    },
    dates(table, column) {
      const key = `${table}\u0000${column}`;
      let out = dates.get(key);
      if (!out) {
        out = dateColumn(rowsOf(table), column, definition.parseDate);
        dates.set(key, out);
      }
      return out;
    },
  };
}

/** A column's dates as epoch days (`NaN` when blank or invalid), parsed once. */
export function dateColumn(
  rows: readonly Record<string, string | null | undefined>[],
  column: string,
  parse: (text: string) => number,
): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const text = rows[i]?.[column];
    out[i] = text == null ? Number.NaN : parse(text);
  }
  return out;
}

// The Map form, for rules that look children up by id: one array per child, children in the order
// their first record appears in this table, rows in file order. One pass over the child numbers.
function mapOfRanges(r: ChildRanges, children: ChildNumbers): ReadonlyMap<string, readonly number[]> {
  const map = new Map<string, readonly number[]>();
  const lists: (number[] | undefined)[] = [];
  const { childOf } = r;
  for (let i = 0; i < childOf.length; i++) {
    const c = childOf[i] as number;
    let list = lists[c];
    if (list === undefined) {
      list = [];
      lists[c] = list;
      map.set(children.idOf(c), list);
    }
    list.push(i);
  }
  return map;
}
