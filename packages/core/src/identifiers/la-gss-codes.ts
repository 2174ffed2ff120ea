import { collectionYearEnd, collectionYearStart, isCollectionYear } from "../dates/collection-year";
import { addDays } from "../dates/iso-date";
import { type LaNumber, LOCAL_AUTHORITIES, type LocalAuthorityRow } from "./la-number";

// The ONS codes of each council over time, from the LA table's `gss` and `formerGss`: the lookups in both
// directions answer by date, because ONS replaces a council's code when it becomes unitary or its
// boundary moves (Barnsley and Sheffield on 1 April 2025).

/** An ONS code of a council and the days it stood for that council (inclusive ISO dates). */
export interface GssCodePeriod {
  readonly code: string;
  /** First day; absent when the code is older than anything recorded here. */
  readonly from?: string;
  /** Last day; absent while the code is current. */
  readonly until?: string;
}

/** Options for the dated GSS lookups. */
export interface GssLookupOptions {
  /** The ISO date to answer for; without it, the latest code (or any code the council ever had). */
  readonly on?: string;
}

const periodsByLa = new Map<string, readonly GssCodePeriod[]>();
const laByGss = new Map<string, LaNumber>();
for (const row of LOCAL_AUTHORITIES as readonly LocalAuthorityRow[]) {
  const periods = gssPeriodsOf(row);
  periodsByLa.set(row.code, periods);
  for (const p of periods) laByGss.set(p.code, row.code as LaNumber);
}

// A council's codes as periods: each former code ends on its `until`, the next begins the day after, and
// the whole run is bounded by the council's own existence (its `from`/`until` collection years).
function gssPeriodsOf(row: LocalAuthorityRow): GssCodePeriod[] {
  const councilFrom = row.from === undefined ? undefined : bound(row.from, "from");
  const councilUntil = row.until === undefined ? undefined : bound(row.until, "until");
  const out: GssCodePeriod[] = [];
  let from = councilFrom;
  for (const former of row.formerGss ?? []) {
    out.push({ code: former.code, ...(from ? { from } : {}), until: former.until });
    from = addDays(former.until, 1);
  }
  if (row.gss)
    out.push({ code: row.gss, ...(from ? { from } : {}), ...(councilUntil ? { until: councilUntil } : {}) });
  return out;
}

function bound(value: string, which: "from" | "until"): string {
  if (!isCollectionYear(value)) return value;
  return which === "from" ? collectionYearStart(value) : collectionYearEnd(value);
}

function covers(period: GssCodePeriod, date: string): boolean {
  return (
    (period.from === undefined || period.from <= date) && (period.until === undefined || date <= period.until)
  );
}

/** Every ONS code a council has had, oldest first, with the days each stood for it. */
export function gssCodesOfLa(laNumber: string): readonly GssCodePeriod[] {
  return periodsByLa.get(laNumber) ?? [];
}

/**
 * The ONS GSS code of the council with this LA number: on a date when `on` is given (`undefined` when
 * the council had no code then, or did not exist), otherwise its latest code. `undefined` for an unknown
 * number or a council with no code held.
 *
 * @example
 * gssCodeOfLa("370"); // "E08000038" (Barnsley since 1 April 2025)
 * gssCodeOfLa("370", { on: "2025-03-31" }); // "E08000016"
 */
export function gssCodeOfLa(laNumber: string, options: GssLookupOptions = {}): string | undefined {
  const periods = gssCodesOfLa(laNumber);
  if (options.on === undefined) return periods.at(-1)?.code;
  const on = options.on;
  return periods.find((p) => covers(p, on))?.code;
}

/**
 * The LA number of the council an ONS GSS code stands for: when `on` is given, only if the code stood
 * for it on that date; otherwise for any code the council has ever had. `undefined` for other codes.
 *
 * @example
 * laNumberOfGss("E08000038"); // "370"
 * laNumberOfGss("E08000016", { on: "2025-04-01" }); // undefined: retired the day before
 */
export function laNumberOfGss(gss: string, options: GssLookupOptions = {}): LaNumber | undefined {
  const la = laByGss.get(gss);
  if (la === undefined || options.on === undefined) return la;
  const on = options.on;
  return gssCodesOfLa(la).some((p) => p.code === gss && covers(p, on)) ? la : undefined;
}
