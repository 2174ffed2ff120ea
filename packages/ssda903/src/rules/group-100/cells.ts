// Small shared readers for the 100s rules: how a raw cell is read the way the DfE checks (and the
// Python validator that councils use, which works on pandas data frames) read it.

import type { RawRow } from "../../tables/raw-return";
import type { TableName } from "../../tables/table-name";
import type { RuleFlag } from "../rule";
import type { RuleContext } from "../rule-context";

/** A blank cell: absent or empty as sent (an empty CSV cell is read as `null`). */
export function isBlank(value: string | null | undefined): value is null | undefined {
  return value == null;
}

const NUMERIC = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** A cell read as a number, or `undefined` when blank or not a number (pandas `to_numeric(errors="coerce")`). */
export function toNumber(value: string | null | undefined): number | undefined {
  if (value == null || !NUMERIC.test(value)) return undefined;
  return Number(value);
}

/** Anything with the code lists' `codesIn(year)`. */
export interface YearCodes {
  codesIn(collectionYear: string): readonly string[];
}

const cache = new WeakMap<YearCodes, Map<string, ReadonlySet<string>>>();

/** The codes of a code list valid in a collection year, as a Set built once per list and year. */
export function codesIn(list: YearCodes, collectionYear: string): ReadonlySet<string> {
  let byYear = cache.get(list);
  if (!byYear) {
    byYear = new Map();
    cache.set(list, byYear);
  }
  let set = byYear.get(collectionYear);
  if (!set) {
    set = new Set(list.codesIn(collectionYear));
    byYear.set(collectionYear, set);
  }
  return set;
}

/** Flags each row of a table for which `bad` is true, naming `field`. */
export function* flagRows(
  ctx: RuleContext,
  table: TableName,
  field: string,
  bad: (row: RawRow) => boolean,
): Generator<RuleFlag> {
  const rows = ctx.table(table);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row && bad(row)) yield { table, row: i, field };
  }
}

/**
 * The local authority a placement is in: the derived `PL_LA` column when the return carries it (the
 * Python validator derives it from the placement postcode), else the postcode lookup's answer for
 * `PL_POST`; `undefined` when neither is known.
 */
export function placementLa(ctx: RuleContext, row: RawRow): string | null | undefined {
  if (Object.hasOwn(row, "PL_LA")) return row.PL_LA;
  const postcode = row.PL_POST;
  if (postcode == null || !ctx.postcodes) return undefined;
  return ctx.postcodes(postcode)?.laCode ?? null;
}

const ordered = new WeakMap<object, ReadonlyMap<string, readonly number[]>>();

/**
 * Each child's episode rows ordered by start date (DECOM), a stable sort with missing or invalid start
 * dates last, as the Python validator orders them (`sort_values(["CHILD", "DECOM"])`). Built once per
 * context and shared by the rules that look at the next or previous episode.
 */
export function episodesByStart(ctx: RuleContext): ReadonlyMap<string, readonly number[]> {
  const rows = ctx.table("Episodes");
  let map = ordered.get(rows);
  if (map) return map;
  const out = new Map<string, readonly number[]>();
  for (const [child, indexes] of ctx.rowsByChild("Episodes")) {
    const start = (i: number) => ctx.date(rows[i]?.DECOM) ?? Number.POSITIVE_INFINITY;
    out.set(
      child,
      [...indexes].sort((a, b) => start(a) - start(b) || a - b),
    );
  }
  map = out;
  ordered.set(rows, map);
  return map;
}
