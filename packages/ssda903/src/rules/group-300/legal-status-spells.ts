import type { FlagOn } from "../rule";
import type { RuleContext } from "../rule-context";
import { episodeSequence } from "../shared/episode-sequence";

/**
 * Short-order legal statuses (police protection, emergency protection) have a statutory maximum
 * length. An unbroken run of the child's episodes under the status counts as one spell, from its
 * first start to its last end (an episode still open counts to the end of the collection year). A
 * spell stays open while each of its episodes ends on the day the child's next episode starts — the
 * grouping the DfE rule and the reference validator use. Returns the episodes of every spell longer
 * than `maxDays`.
 */
export function spellsLongerThan(
  ctx: RuleContext<"Episodes">,
  status: string,
  maxDays: number,
): FlagOn<"Episodes">[] {
  const episodes = ctx.table("Episodes");
  const { order, bounds, start, end } = episodeSequence(ctx);
  const flags: FlagOn<"Episodes">[] = [];
  const spell: number[] = [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const close = () => {
    if (spell.length > 0 && Number.isFinite(first) && last - first > maxDays) {
      for (const row of spell) flags.push({ table: "Episodes", row, field: "LS" });
    }
    spell.length = 0;
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
  };
  for (let c = 0; c + 1 < bounds.length; c++) {
    const hi = bounds[c + 1] as number;
    let continues = false;
    for (let k = bounds[c] as number; k < hi; k++) {
      const row = order[k] as number;
      if (episodes[row]?.LS !== status) continue;
      if (!continues) close();
      const s = start[row] as number;
      const e = Number.isNaN(end[row]) ? ctx.collectionEnd : (end[row] as number);
      spell.push(row);
      if (s < first) first = s;
      if (e > last) last = e;
      continues = k + 1 < hi && start[order[k + 1] as number] === e;
    }
    close();
  }
  return flags;
}

/**
 * The variant used for child assessment orders and PACE detention: the episodes under the status,
 * in file order, are chained while each is the same child's and starts no later than the previous one
 * ended; a chain's length is the sum of its episodes' lengths (an open episode runs to the year end).
 * Episodes without a valid start date are left out.
 */
export function chainedEpisodesLongerThan(
  ctx: RuleContext<"Episodes">,
  status: string,
  maxDays: number,
): FlagOn<"Episodes">[] {
  const episodes = ctx.table("Episodes");
  const flags: FlagOn<"Episodes">[] = [];
  const chain: number[] = [];
  let total = 0;
  let prevChild: string | null | undefined;
  let prevEnd: number | undefined;
  const close = () => {
    if (total > maxDays) for (const row of chain) flags.push({ table: "Episodes", row, field: "LS" });
    chain.length = 0;
    total = 0;
  };
  for (let row = 0; row < episodes.length; row++) {
    const ep = episodes[row];
    if (ep?.LS !== status || ep.DECOM == null) continue;
    const start = ctx.date(ep.DECOM);
    if (start === undefined) continue;
    const end = ep.DEC == null ? ctx.collectionEnd : ctx.date(ep.DEC);
    if (chain.length === 0 || ep.CHILD !== prevChild || (prevEnd !== undefined && start > prevEnd)) close();
    chain.push(row);
    if (end !== undefined) total += end - start;
    prevChild = ep.CHILD;
    prevEnd = end;
  }
  close();
  return flags;
}
