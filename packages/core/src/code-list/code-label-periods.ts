import { addDays } from "../dates/iso-date";
import type { CodeLabelPeriod, CodeListRow } from "./code-list-row";

/** A label period with its bounds resolved to ISO dates (inclusive). */
export interface ResolvedLabelPeriod {
  readonly label: string;
  readonly first: string;
  readonly last: string;
  readonly source: string;
}

const BEGINNING = "0000-01-01";
const END = "9999-12-31";

/**
 * Resolves and checks a row's label periods. The periods must run back to back with no gap or overlap,
 * the first open at the start and the last open at the end, and the last must carry the row's own
 * `label`: then every date has exactly one wording, and `label` is always the current one. A row without
 * periods has one wording for all time.
 *
 * @throws TypeError when the periods break those conditions (a programming error in the table).
 */
export function resolveLabelPeriods(
  row: CodeListRow,
  resolve: (bound: string, which: "from" | "until") => string,
  listId: string,
): readonly ResolvedLabelPeriod[] {
  const periods = row.labels;
  if (periods === undefined || periods.length === 0)
    return [{ label: row.label, first: BEGINNING, last: END, source: row.source }];
  const fail = (why: string): never => {
    throw new TypeError(`Code list ${listId}, code "${row.code}": label periods ${why}.`);
  };
  const resolved = periods.map((p: CodeLabelPeriod) => ({
    label: p.label,
    first: p.from === undefined ? BEGINNING : resolve(p.from, "from"),
    last: p.until === undefined ? END : resolve(p.until, "until"),
    source: p.source,
  }));
  if (resolved[0]?.first !== BEGINNING) fail("must start with a period that has no `from`");
  if (resolved.at(-1)?.last !== END) fail("must end with a period that has no `until`");
  if (resolved.at(-1)?.label !== row.label) fail("must end with the row's own label");
  for (let i = 1; i < resolved.length; i++) {
    const previous = resolved[i - 1] as ResolvedLabelPeriod;
    const current = resolved[i] as ResolvedLabelPeriod;
    if (previous.last === END || addDays(previous.last, 1) !== current.first)
      fail("must follow each other with no gap or overlap");
  }
  return resolved;
}

/** The wording in force on an ISO date (periods cover every date, see {@link resolveLabelPeriods}). */
export function labelOnDate(periods: readonly ResolvedLabelPeriod[], date: string): string | undefined {
  return periods.find((p) => p.first <= date && date <= p.last)?.label;
}

/** The wordings in force at some point between two ISO dates (inclusive), oldest first, without repeats. */
export function labelsBetween(
  periods: readonly ResolvedLabelPeriod[],
  first: string,
  last: string,
): string[] {
  const out: string[] = [];
  for (const p of periods)
    if (p.first <= last && first <= p.last && !out.includes(p.label)) out.push(p.label);
  return out;
}
