import type { TableName } from "../../tables/table-name";
import type { RuleContext } from "../rule-context";

/**
 * Helpers the 300s rules share for "the first / last / previous episode" questions. Episodes are
 * ordered by start date (DECOM) with blank or invalid dates last and ties kept in file order, which is
 * how the DfE's checks read "previous" and "next" episode (and how the reference validator sorts).
 */

/** The rows of one child ordered by a date column; rows whose date is blank or invalid come last. */
export function orderByDate(
  ctx: RuleContext,
  table: TableName,
  rows: readonly number[],
  field = "DECOM",
): number[] {
  const data = ctx.table(table);
  const keyed = rows.map((row) => ({ row, day: ctx.date(data[row]?.[field]) }));
  keyed.sort((a, b) => {
    if (a.day === undefined) return b.day === undefined ? 0 : 1;
    if (b.day === undefined) return -1;
    return a.day - b.day;
  });
  return keyed.map((k) => k.row);
}

/** The first row (in file order) holding the earliest valid date, or undefined when none is valid. */
export function earliestRow(
  ctx: RuleContext,
  table: TableName,
  rows: readonly number[],
  field = "DECOM",
): number | undefined {
  const data = ctx.table(table);
  let best: number | undefined;
  let bestDay = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const day = ctx.date(data[row]?.[field]);
    if (day !== undefined && day < bestDay) {
      bestDay = day;
      best = row;
    }
  }
  return best;
}

/** The first row (in file order) holding the latest valid date, or undefined when none is valid. */
export function latestRow(
  ctx: RuleContext,
  table: TableName,
  rows: readonly number[],
  field = "DECOM",
): number | undefined {
  const data = ctx.table(table);
  let best: number | undefined;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const day = ctx.date(data[row]?.[field]);
    if (day !== undefined && day > bestDay) {
      bestDay = day;
      best = row;
    }
  }
  return best;
}
