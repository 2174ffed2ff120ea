import type { RawRow } from "../../tables/raw-return";
import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/** Short-term-break legal statuses, which do not count as time looked after here (DfE SSDA903 LS V3, V4). */
const SHORT_BREAKS: ReadonlySet<string> = new Set(["V3", "V4"]);
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

    // Both years' episodes, one per child and start date (the one with an end date preferred).
    const byKey = new Map<string, Ep>();
    const add = (r: RawRow) => {
      const ep: Ep = {
        child: r.CHILD ?? "",
        start: ctx.date(r.DECOM),
        end: ctx.date(r.DEC),
        ls: (r.LS ?? "").toUpperCase(),
        rec: (r.REC ?? "").toUpperCase(),
      };
      const key = `${ep.child}\u0000${ep.start ?? "none"}`;
      const seen = byKey.get(key);
      if (!seen || (ep.end !== undefined && (seen.end === undefined || ep.end < seen.end)))
        byKey.set(key, ep);
    };
    for (const r of current) add(r);
    for (const r of last) add(r);
    const byChild = new Map<string, Ep[]>();
    for (const ep of byKey.values()) {
      const list = byChild.get(ep.child);
      if (list) list.push(ep);
      else byChild.set(ep.child, [ep]);
    }

    const adopted = new Set<string>();
    for (const [child, list] of byChild) {
      let latest: Ep | undefined;
      for (const ep of list) {
        if (ep.start !== undefined && (latest?.start === undefined || ep.start > latest.start)) latest = ep;
      }
      if (!latest) continue;
      if (ADOPTED.has(latest.rec)) adopted.add(child);
      latest.end ??= end;
    }

    const qualifies = new Map<string, boolean>();
    for (const h of header) {
      const child = h.CHILD ?? "";
      if (qualifies.has(child)) continue;
      const dob = ctx.date(h.DOB);
      if (dob === undefined || addYearsDay(dob, 20) <= end) continue;
      const from14 = addYearsDay(dob, 14);
      const from16 = addYearsDay(dob, 16);
      let days14 = 0;
      let days16 = 0;
      let counted = false;
      for (const ep of byChild.get(child) ?? []) {
        if (SHORT_BREAKS.has(ep.ls)) continue;
        counted = true;
        if (ep.end === undefined) continue;
        days14 += Math.max(0, ep.end - Math.max(ep.start ?? from14, from14));
        days16 += Math.max(0, ep.end - Math.max(ep.start ?? from16, from16));
      }
      if (counted) qualifies.set(child, days14 >= 91 && days16 >= 1);
    }
    if (qualifies.size === 0) return;

    for (let i = 0; i < oc3.length; i++) {
      const child = oc3[i]?.CHILD ?? "";
      if (adopted.has(child) || qualifies.get(child) !== true) yield { table: "OC3", row: i };
    }
  },
});
