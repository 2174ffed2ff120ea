import type { RuleFlag } from "../rule";
import type { RuleContext } from "../rule-context";
import { orderByDate } from "./episode-order";

/**
 * Short-order legal statuses (police protection, emergency protection) have a statutory maximum
 * length. An unbroken run of the child's episodes under the status — each ending the day the next
 * episode starts — counts as one spell, from its first start to its last end; an episode still open
 * counts to the end of the collection year. Returns the episodes of every spell longer than
 * `maxDays`. (Same grouping as the DfE rule and the reference validator: a spell stays open while
 * the status' episode ends on the day the child's next episode starts.)
 */
export function* spellsLongerThan(ctx: RuleContext, status: string, maxDays: number): Iterable<RuleFlag> {
  const episodes = ctx.table("Episodes");
  for (const rows of ctx.rowsByChild("Episodes").values()) {
    const ordered = orderByDate(ctx, "Episodes", rows);
    let spell: number[] = [];
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let continues = false;
    const close = function* () {
      if (spell.length > 0 && Number.isFinite(first) && last - first > maxDays) {
        for (const row of spell) yield { table: "Episodes" as const, row, field: "LS" };
      }
      spell = [];
      first = Number.POSITIVE_INFINITY;
      last = Number.NEGATIVE_INFINITY;
    };
    for (let k = 0; k < ordered.length; k++) {
      const row = ordered[k] as number;
      const ep = episodes[row];
      if (ep?.LS !== status) continue;
      if (!continues) yield* close();
      const start = ctx.date(ep.DECOM);
      const end = ctx.date(ep.DEC) ?? ctx.collectionEnd;
      spell.push(row);
      if (start !== undefined && start < first) first = start;
      if (end > last) last = end;
      const next = ordered[k + 1];
      continues = next !== undefined && ctx.date(episodes[next]?.DECOM) === end;
    }
    yield* close();
  }
}

/**
 * The variant used for child assessment orders and PACE detention: the child's episodes under the
 * status, in file order, are chained while each starts no later than the previous one ended; the
 * spell's length is the sum of its episodes' lengths (an open episode runs to the year end).
 * Episodes without a valid start date are left out.
 */
export function* chainedEpisodesLongerThan(
  ctx: RuleContext,
  status: string,
  maxDays: number,
): Iterable<RuleFlag> {
  const episodes = ctx.table("Episodes");
  let spell: number[] = [];
  let total = 0;
  let prevChild: string | null | undefined;
  let prevEnd: number | undefined;
  let started = false;
  const close = function* () {
    if (total > maxDays) for (const row of spell) yield { table: "Episodes" as const, row, field: "LS" };
    spell = [];
    total = 0;
  };
  for (let row = 0; row < episodes.length; row++) {
    const ep = episodes[row];
    if (ep?.LS !== status || ep.DECOM == null) continue;
    const start = ctx.date(ep.DECOM);
    if (start === undefined) continue;
    const end = ep.DEC == null ? ctx.collectionEnd : ctx.date(ep.DEC);
    const newSpell = !started || ep.CHILD !== prevChild || (prevEnd !== undefined && start > prevEnd);
    if (newSpell) yield* close();
    started = true;
    spell.push(row);
    if (end !== undefined) total += end - start;
    prevChild = ep.CHILD;
    prevEnd = end;
  }
  yield* close();
}
