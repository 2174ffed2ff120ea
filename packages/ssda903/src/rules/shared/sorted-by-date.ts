/**
 * One child's row indexes sorted by a date (epoch day; a missing date, `undefined` or `NaN`, sorts last), ties kept in the
 * order read, as the reference validator sorts with pandas `sort_values` (a stable sort, missing dates
 * last). Episodes have their own shared ordering (`episodeSequence`); this is for the other tables.
 */
export function sortedByDate(
  rows: readonly number[],
  dayOfRow: (row: number) => number | undefined,
): readonly number[] {
  const dayOf = (row: number): number | undefined => {
    const day = dayOfRow(row);
    return day === undefined || Number.isNaN(day) ? undefined : day;
  };
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
