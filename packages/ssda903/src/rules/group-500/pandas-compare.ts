import type { RawRow } from "../../tables/raw-return";
import type { TableName } from "../../tables/table-name";
import type { RuleFlag } from "../rule";

/**
 * Cell comparisons as the DfE rules are checked in the reference validator (pandas): a blank cell is
 * missing, so "equals" is false when either side is blank and "differs" is true when either side is
 * blank. Keeping these two in one place stops each rule re-deciding what a blank means.
 */
export function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a === b;
}

/** The negation of `same`: true when either side is blank or the two differ. */
export function differs(a: string | null | undefined, b: string | null | undefined): boolean {
  return !same(a, b);
}

/** True when the cell is blank (an empty cell reads as `null`; a column absent from the table too). */
export function blank(value: string | null | undefined): value is null | undefined {
  return value == null;
}

/** Flags every row of a table for which `test` holds (one pass, no allocation per row). */
export function* rowsWhere(
  rows: readonly RawRow[],
  table: TableName,
  field: string,
  test: (row: RawRow) => boolean,
): Generator<RuleFlag> {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r && test(r)) yield { table, row: i, field };
  }
}

/**
 * The row indexes of one child sorted by a date (epoch day; a missing date sorts last), ties kept in
 * the order read, as the reference validator sorts episodes by `CHILD, DECOM` (a stable sort with
 * missing dates last).
 */
export function sortedByDate(
  rows: readonly number[],
  dayOf: (row: number) => number | undefined,
): readonly number[] {
  // Most children's rows are already in date order: check first, and sort only when they are not.
  let previous: number | undefined;
  let ordered = true;
  for (let k = 0; k < rows.length; k++) {
    const day = dayOf(rows[k] as number);
    if (k > 0 && (previous === undefined ? day !== undefined : day !== undefined && day < previous)) {
      ordered = false;
      break;
    }
    previous = day;
  }
  if (ordered) return rows;
  const keyed = rows.map((r) => ({ r, d: dayOf(r) }));
  keyed.sort((x, y) => {
    if (x.d === undefined) return y.d === undefined ? 0 : 1;
    if (y.d === undefined) return -1;
    return x.d - y.d;
  });
  return keyed.map((k) => k.r);
}
