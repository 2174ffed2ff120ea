import type { CareEpisode } from "../model/care-episode";

/**
 * Episodes the DfE's measures count. Children looked after under an agreed series of short-term breaks
 * (legal status V3 or V4) are left out of every stability and permanence figure: the DfE's tables say
 * "Figures exclude children looked after under a series of short-term placements" (Children looked after
 * in England including adoptions, footnotes to the placement tables, e.g.
 * https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/3ed0036d-c9f2-4262-9c80-fcc30cbf5f42).
 */
export function countedEpisodes(episodes: readonly CareEpisode[]): CareEpisode[] {
  return episodes
    .filter((e) => e.legalStatus !== "V3" && e.legalStatus !== "V4")
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}

/** A period of care: episodes that follow each other without a gap (each starts on the day the last ended). */
export interface PeriodOfCare {
  readonly startDate: string;
  readonly endDate?: string;
  readonly episodes: readonly CareEpisode[];
}

/** Splits one child's episodes (sorted by start date) into periods of care. */
export function periodsOfCare(episodes: readonly CareEpisode[]): PeriodOfCare[] {
  const out: { startDate: string; endDate?: string; episodes: CareEpisode[] }[] = [];
  for (const e of episodes) {
    const last = out.at(-1);
    if (last && last.endDate !== undefined && last.endDate === e.startDate) {
      last.episodes.push(e);
      if (e.endDate === undefined) delete last.endDate;
      else last.endDate = e.endDate;
    } else {
      out.push({ startDate: e.startDate, ...(e.endDate ? { endDate: e.endDate } : {}), episodes: [e] });
    }
  }
  return out;
}

/**
 * True when the record is open on `date`: started on or before it and not ended by it. The day a record
 * ends belongs to the next episode (the return starts the next episode on the same day, REC X1), and a
 * child whose care ended on 31 March is not looked after "at 31 March".
 */
export function isOpenOn(record: { startDate: string; endDate?: string | undefined }, date: string): boolean {
  return record.startDate <= date && (record.endDate === undefined || record.endDate > date);
}
