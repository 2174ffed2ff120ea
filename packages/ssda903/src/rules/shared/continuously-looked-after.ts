// Which children were looked after continuously for the whole collection year: the cohort the OC2
// outcome items (health checks, SDQ, convictions, substance misuse) are asked for.
import type { RuleContext } from "../rule-context";
import { isShortBreak } from "./short-breaks";

const cache = new WeakMap<object, ReadonlySet<string>>();

/**
 * The children looked after continuously through the collection year, as the DfE defines it for the
 * OC2 cohort (DfE "CLA SSDA903 validation rules", CONTINUOUSLY_LOOKED_AFTER, as used by rules 157,
 * 185–198 and 543–546; the same test the reference validator applies): at least one episode overlaps
 * the year and no episode shows a break — none starts a new period of care (RNE S) after 1 April, none
 * ends with a reason other than a placement change (REC not X1) on or after 1 April and before
 * 31 March, and none in the year is a short break (LS V3 or V4). Episodes without a child identifier
 * belong to no child (pandas drops them when grouping). Built once per context.
 */
export function continuouslyLookedAfter(ctx: RuleContext<"Episodes">): ReadonlySet<string> {
  const known = cache.get(ctx);
  if (known) return known;
  const rows = ctx.table("Episodes");
  const start = ctx.collectionStart;
  const end = ctx.collectionEnd;
  const decom = ctx.dates("Episodes", "DECOM");
  const dec = ctx.dates("Episodes", "DEC");
  const out = new Set<string>();
  for (const [child, indexes] of ctx.rowsByChild("Episodes")) {
    if (rows[indexes[0] as number]?.CHILD == null) continue;
    let inYear = false;
    let broken = false;
    for (const i of indexes) {
      const row = rows[i];
      if (!row) continue;
      // NaN (blank or unreadable) makes every comparison false, as a missing date does.
      const from = decom[i] as number;
      const to = dec[i] as number;
      const during = from <= end && (Number.isNaN(to) || to >= start);
      if (during) inYear = true;
      const entersCare = row.RNE === "S" && from > start && from <= end;
      const leavesCare = row.REC !== "X1" && to >= start && to < end;
      const shortBreak = isShortBreak(row.LS) && during;
      if (entersCare || leavesCare || shortBreak) {
        broken = true;
        break;
      }
    }
    if (inYear && !broken) out.add(child);
  }
  cache.set(ctx, out);
  return out;
}
