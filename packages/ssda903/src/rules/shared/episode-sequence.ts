import type { RuleContext } from "../rule-context";

/**
 * Every child's episodes in start-date order, worked out once per return and shared by the rules
 * that look at "the previous" or "the next" episode (so a 500,000-episode return is sorted once,
 * not once per rule). Episodes whose start date is blank or invalid come last; ties keep file order.
 */
export interface EpisodeSequence {
  /** Episode row indexes, child by child, each child's rows in start order. */
  readonly order: Int32Array;
  /** `order[bounds[c]] .. order[bounds[c + 1] - 1]` are the rows of the c-th child. */
  readonly bounds: Int32Array;
  /** Start date (DECOM) of each episode row as an epoch day, NaN when blank or invalid. */
  readonly start: Float64Array;
  /** End date (DEC) of each episode row as an epoch day, NaN when blank or invalid. */
  readonly end: Float64Array;
}

const cache = new WeakMap<object, EpisodeSequence>();

/** The shared start-ordered episode sequence of this return (built on first use). */
export function episodeSequence(ctx: RuleContext<"Episodes">): EpisodeSequence {
  let seq = cache.get(ctx);
  if (seq) return seq;
  const rows = ctx.table("Episodes");
  // The shared parsed columns already hold NaN for a blank or unreadable date.
  const start = ctx.dates("Episodes", "DECOM");
  const end = ctx.dates("Episodes", "DEC");
  const byChild = ctx.rowsByChild("Episodes");
  const order = new Int32Array(rows.length);
  const bounds = new Int32Array(byChild.size + 1);
  let at = 0;
  let c = 0;
  for (const childRows of byChild.values()) {
    bounds[c++] = at;
    const from = at;
    for (const row of childRows) {
      // Insertion sort: a child has a handful of episodes, and it is stable.
      const key = start[row] as number;
      let j = at++;
      while (j > from && before(key, start[order[j - 1] as number] as number)) {
        order[j] = order[j - 1] as number;
        j--;
      }
      order[j] = row;
    }
  }
  bounds[c] = at;
  seq = { order, bounds, start, end };
  cache.set(ctx, seq);
  return seq;
}

/** True when start day `a` sorts strictly before `b` (NaN, i.e. unknown, sorts last). */
function before(a: number, b: number): boolean {
  if (Number.isNaN(a)) return false;
  if (Number.isNaN(b)) return true;
  return a < b;
}
