import type { RuleContext } from "../rule-context";

const cache = new WeakMap<RuleContext, ReadonlySet<string>>();

/**
 * The children who were looked after continuously through the collection year, as the DfE defines it
 * for the OC2 (outcomes) rules: a child counts when at least one episode overlaps the year and no
 * episode shows a break — none starts a new period of care (RNE = S) after 1 April, none ends with a
 * reason other than X1 during the year (before 31 March), and none in the year is a short-break
 * legal status (V3 or V4). DfE "CLA SSDA903 validation rules" (2021-22 v1.2), CONTINUOUSLY_LOOKED_AFTER,
 * as the reference validator reads it. Computed once per return and shared by the rules that need it.
 */
export function continuouslyLookedAfter(ctx: RuleContext): ReadonlySet<string> {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const start = ctx.collectionStart;
  const end = ctx.collectionEnd;
  const episodes = ctx.table("Episodes");
  const out = new Set<string>();
  for (const [child, rows] of ctx.rowsByChild("Episodes")) {
    let inYear = false;
    let broken = false;
    for (const i of rows) {
      const e = episodes[i];
      if (!e) continue;
      const decom = ctx.date(e.DECOM);
      const dec = ctx.date(e.DEC);
      const during = decom !== undefined && decom <= end && (dec === undefined || dec >= start);
      if (during) inYear = true;
      const entersCare = e.RNE === "S" && decom !== undefined && decom > start && decom <= end;
      const leavesCare = e.REC !== "X1" && dec !== undefined && dec >= start && dec < end;
      const shortBreak = (e.LS === "V3" || e.LS === "V4") && during;
      if (entersCare || leavesCare || shortBreak) broken = true;
    }
    if (inYear && !broken) out.add(child);
  }
  cache.set(ctx, out);
  return out;
}
