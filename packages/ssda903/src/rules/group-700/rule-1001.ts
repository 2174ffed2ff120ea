import type { Ssda903Row } from "../../tables/raw-return";
import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { SHORT_BREAKS } from "../shared/short-breaks";

/** Reasons episode ceased meaning the child was adopted (DfE SSDA903 REC E11, E12). */
const ADOPTED: ReadonlySet<string> = new Set(["E11", "E12"]);

interface Ep {
  readonly child: string;
  readonly start: number | undefined;
  end: number | undefined;
  readonly ls: string;
  readonly rec: string;
}

/**
 * 1001: care leaver (OC3) information is only for relevant and former relevant children: a young
 * person looked after for at least 13 weeks (91 days) since their 14th birthday, some of it after
 * their 16th birthday, and not adopted at the end of their last episode. The time is counted from
 * this year's and last year's episodes (an episode repeated in both years counted once; the latest
 * open episode counted to the end of the collection year; short breaks not counted). A child not in
 * the Header with a readable date of birth, or 20 or older at the end of the year, cannot be shown to
 * qualify. Needs last year's return. DfE SSDA903 validation rule 1001 (OC3.IN_TOUCH, ACTIV, ACCOM).
 */
export const rule1001 = defineRule({
  code: "1001",
  tables: ["Episodes", "OC3", "Header"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "The episodes recorded for this young person do not make them a relevant or former relevant child (13 weeks looked after since age 14, including time after age 16), so care leaver information should not be returned: check the episodes or remove the OC3 record.",
  needs: ["previous"],
  *check(ctx) {
    const previous = ctx.previous;
    const oc3 = ctx.table("OC3");
    const current = ctx.table("Episodes");
    const header = ctx.table("Header");
    const last = previous?.table("Episodes") ?? [];
    if (oc3.length === 0 || current.length === 0 || header.length === 0 || last.length === 0) return;
    const end = ctx.collectionEnd;
    const currentByChild = ctx.rowsByChild("Episodes");
    const lastByChild = previous?.rowsByChild("Episodes");
    const headerByChild = ctx.rowsByChild("Header");

    /** A child's episodes from both years, one per start date (the one with an end date preferred). */
    const episodesOf = (child: string): Ep[] => {
      const byStart = new Map<number | undefined, Ep>();
      const add = (r: Ssda903Row<"Episodes"> | undefined) => {
        if (!r) return;
        const ep: Ep = {
          child,
          start: ctx.date(r.DECOM),
          end: ctx.date(r.DEC),
          ls: r.LS ?? "",
          rec: r.REC ?? "",
        };
        const seen = byStart.get(ep.start);
        if (!seen || (ep.end !== undefined && (seen.end === undefined || ep.end < seen.end)))
          byStart.set(ep.start, ep);
      };
      for (const i of currentByChild.get(child) ?? []) add(current[i]);
      for (const i of lastByChild?.get(child) ?? []) add(last[i]);
      const list = [...byStart.values()];
      let latest: Ep | undefined;
      for (const ep of list) {
        if (ep.start !== undefined && (latest?.start === undefined || ep.start > latest.start)) latest = ep;
      }
      // The latest episode, when open, counts to the end of the collection year.
      if (latest) latest.end ??= end;
      return list;
    };
    const latestRec = (list: readonly Ep[]): string | undefined => {
      let latest: Ep | undefined;
      for (const ep of list) {
        if (ep.start !== undefined && (latest?.start === undefined || ep.start > latest.start)) latest = ep;
      }
      return latest?.rec;
    };
    /** Whether the child is in the Header with a date of birth under 20 years before the year end. */
    const dobOf = (child: string): number | undefined => {
      for (const h of headerByChild.get(child) ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined) return addYearsDay(dob, 20) > end ? dob : undefined;
      }
      return undefined;
    };

    // The reference validator reports nothing when no Header child has an episode it counts.
    let anyCounted = false;
    for (const [child, rows] of headerByChild) {
      if (dobOf(child) === undefined) continue;
      const counts = (list: readonly number[] | undefined, table: readonly Ssda903Row<"Episodes">[]) =>
        (list ?? []).some((i) => !SHORT_BREAKS.has(table[i]?.LS ?? ""));
      if (
        rows.length > 0 &&
        (counts(currentByChild.get(child), current) || counts(lastByChild?.get(child), last))
      ) {
        anyCounted = true;
        break;
      }
    }
    if (!anyCounted) return;

    for (let i = 0; i < oc3.length; i++) {
      const child = oc3[i]?.CHILD ?? "";
      const list = episodesOf(child);
      if (ADOPTED.has(latestRec(list) ?? "")) {
        yield { table: "OC3", row: i };
        continue;
      }
      const dob = dobOf(child);
      let qualifies = false;
      if (dob !== undefined) {
        const from14 = addYearsDay(dob, 14);
        const from16 = addYearsDay(dob, 16);
        let days14 = 0;
        let days16 = 0;
        for (const ep of list) {
          if (SHORT_BREAKS.has(ep.ls) || ep.end === undefined) continue;
          days14 += Math.max(0, ep.end - Math.max(ep.start ?? from14, from14));
          days16 += Math.max(0, ep.end - Math.max(ep.start ?? from16, from16));
        }
        qualifies = days14 >= 91 && days16 >= 1;
      }
      if (!qualifies) yield { table: "OC3", row: i };
    }
  },
});
