import type { CollectionYear } from "@childrens-social-care/core";
import { compareCollectionYears } from "@childrens-social-care/core";
import type { RawRow } from "../tables/raw-return";
import { addYearsToDay, returnDateOfDay } from "./day";
import { SW_CHANGE_REASONS } from "./generator-codes";
import type { Random } from "./prng";

/** One social worker episode of a child's history: `end` null while the worker is still allocated. */
export interface SocialWorkerSpell {
  readonly start: number;
  readonly end: number | null;
  readonly id: string;
  readonly reason: string;
}

/**
 * A child's social worker history up to `until` (the current year's 31 March), back to back: a
 * child always has an allocated social worker once known to children's services, so each episode
 * starts the day the one before ended (SW09STG2, SW10STG2, SW11aSTG2) and the latest is still open
 * (SW17STG2; an open episode is the only one allowed to lack an end date, SW08STG2/SW14STG2). Most
 * children had a worker before care began (a child in need or child protection case, reason FCONTA,
 * first contact); a new worker (the looked-after children's team, reason TSPROC, transfer between
 * processes) starts the day care begins, so there is a worker episode starting on or after the
 * first episode of care (SW12STG2). Workers then change now and then (leaving, restructure, ...),
 * including after care ends, as the child keeps a worker (child in need, post-adoption support).
 * DfE SSDA903 guide, social worker episodes (from 2023-24); validation rules SW01-SW17.
 */
export function socialWorkerHistory(
  rnd: Random,
  dob: number,
  careStart: number,
  until: number,
): SocialWorkerSpell[] {
  const starts: { day: number; reason: string }[] = [];
  // Not before birth (a pre-birth assessment would have no child to report).
  const before = Math.max(dob, careStart - rnd.int(14, 540));
  if (rnd.chance(0.85) && before < careStart) starts.push({ day: before, reason: "FCONTA" });
  starts.push({ day: careStart, reason: starts.length === 0 ? "FCONTA" : "TSPROC" });
  const changes = rnd.weighted([
    [0, 4],
    [1, 3],
    [2, 2],
    [3, 1],
  ] as const);
  // Later changes on distinct days strictly between care starting and 31 March (none ends the day it began).
  const room = until - careStart - 1;
  const cuts = new Set<number>();
  for (let k = 0; k < Math.min(changes, room); ) {
    const day = rnd.int(careStart + 1, until - 1);
    if (!cuts.has(day)) {
      cuts.add(day);
      k++;
    }
  }
  for (const day of [...cuts].sort((x, y) => x - y))
    starts.push({ day, reason: rnd.weighted(SW_CHANGE_REASONS) });
  return starts.map((s, k) => ({
    start: s.day,
    end: starts[k + 1]?.day ?? null,
    id: `SW${rnd.int(100000, 999999)}`,
    reason: s.reason,
  }));
}

/**
 * The first day of the social worker reporting period of a collection year: 1 April of the year in
 * 2023-24, when the episodes were first collected, and from 2024-25 1 April of the year before, as
 * a return reports the full previous year of social work too (SW07STG2, SW12STG2).
 */
export function socialWorkerReportingStart(year: CollectionYear, collectionStart: number): number {
  return year === "2023-24" ? collectionStart : addYearsToDay(collectionStart, -1);
}

/**
 * The SWEpisodes rows of a year's return from a child's history: the episodes that ended in the
 * reporting period (`from` to `to`) or were still open, an episode that ended after `to` shown open.
 * Episodes that ended before the period are not reported (SW07STG2); none starts after `to` (SW06STG2).
 */
export function socialWorkerRows(
  history: readonly SocialWorkerSpell[],
  child: string,
  dob: number,
  from: number,
  to: number,
): RawRow[] {
  const d = returnDateOfDay;
  const rows: RawRow[] = [];
  for (const s of history) {
    if (s.start > to) break;
    if (s.end !== null && s.end < from) continue;
    rows.push({
      CHILD: child,
      DOB: d(dob),
      SW_ID: s.id,
      SW_DECOM: d(s.start),
      SW_DEC: s.end === null || s.end > to ? null : d(s.end),
      SW_REASON: s.reason,
    });
  }
  return rows;
}

/** Whether a collection year's return has the SWEpisodes table (from 2023-24). */
export function hasSocialWorkers(year: CollectionYear): boolean {
  return compareCollectionYears(year, "2023-24") >= 0;
}
