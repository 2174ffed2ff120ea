import { addYearsDay } from "../dmy-date";
import type { FlagOn } from "../rule";
import type { RuleContext } from "../rule-context";

/**
 * Episodes in placement `place` that started before the child's birthday number `years`. Like the
 * DfE rules (and the reference validator), only episodes with a valid start, a valid end and a child
 * with a valid date of birth are judged.
 */
export function* placedTooYoung(
  ctx: RuleContext<"Episodes" | "Header">,
  place: string,
  years: number,
): Iterable<FlagOn<"Episodes">> {
  const episodes = ctx.table("Episodes");
  const header = ctx.table("Header");
  const headerByChild = ctx.rowsByChild("Header");
  for (let e = 0; e < episodes.length; e++) {
    const ep = episodes[e];
    if (ep?.PLACE !== place) continue;
    const start = ctx.date(ep.DECOM);
    if (start === undefined || ctx.date(ep.DEC) === undefined) continue;
    for (const h of headerByChild.get(ep.CHILD ?? "") ?? []) {
      const dob = ctx.date(header[h]?.DOB);
      if (dob !== undefined && start < addYearsDay(dob, years)) {
        yield { table: "Episodes", row: e, field: "DECOM" };
        break;
      }
    }
  }
}

/**
 * Episodes in temporary placement `place` that lasted more than `days` days. Only ended episodes with
 * valid dates, of a child whose header has a valid date of birth, are judged (as the reference
 * validator does).
 */
export function* placedTooLong(
  ctx: RuleContext<"Episodes" | "Header">,
  place: string,
  days: number,
): Iterable<FlagOn<"Episodes">> {
  const episodes = ctx.table("Episodes");
  const header = ctx.table("Header");
  const headerByChild = ctx.rowsByChild("Header");
  for (let e = 0; e < episodes.length; e++) {
    const ep = episodes[e];
    if (ep?.PLACE !== place) continue;
    const start = ctx.date(ep.DECOM);
    const end = ctx.date(ep.DEC);
    if (start === undefined || end === undefined || end <= start + days) continue;
    const known = (headerByChild.get(ep.CHILD ?? "") ?? []).some(
      (h) => ctx.date(header[h]?.DOB) !== undefined,
    );
    if (known) yield { table: "Episodes", row: e, field: "DEC" };
  }
}
