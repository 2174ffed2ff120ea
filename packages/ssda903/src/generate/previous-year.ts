import {
  type CollectionYear,
  collectionYearEnd,
  collectionYearStart,
  shiftCollectionYear,
} from "@childrens-social-care/core";
import type { RawRow, Ssda903Return } from "../tables/raw-return";
import { TABLE_NAMES, type TableName } from "../tables/table-name";
import { addYearsToDay, dayOfIso, isAtLeast, returnDateOfDay } from "./day";
import { MISSING_KINDS, REVIEW_CODES_4_PLUS, sexCodes } from "./generator-codes";
import { outcomes } from "./outcomes";
import { Random } from "./prng";
import {
  hasSocialWorkers,
  type SocialWorkerSpell,
  socialWorkerReportingStart,
  socialWorkerRows,
} from "./social-workers";

/** An episode of a child's history (day numbers), as the generator builds it. */
export interface HistoryEpisode {
  readonly decom: number;
  readonly rne: string;
  readonly ls: string;
  readonly cin: string;
  readonly place: string;
  readonly provider: string | null;
  readonly dec: number | null;
  readonly rec: string | null;
  readonly rpc: string | null;
  readonly homePost: string;
  readonly plPost: string;
  readonly urn: string | null;
}

/** What the previous year's return needs to know about one looked-after child of this year's. */
export interface ChildHistory {
  readonly id: string;
  readonly isMale: boolean;
  readonly dob: number;
  readonly ethnic: string;
  readonly upn: string;
  readonly uasc: boolean;
  /** The whole period of care, from its first episode. */
  readonly chain: readonly HistoryEpisode[];
  readonly adopting: boolean;
  /** The child's social worker history (see `socialWorkerHistory`). */
  readonly workers: readonly SocialWorkerSpell[];
  /** Rows that hold the same in both years (previous permanence; the decision to place for adoption). */
  readonly prevPerm?: RawRow;
  readonly placedAdoption?: { readonly row: RawRow; readonly decision: number };
}

/**
 * Builds last year's return for the same children, from the same histories: each child's episodes
 * that fall in last year (the one open at last 31 March left open), the Header with last year's SEX
 * codes, and last year's reviews, missing periods, OC2, UASC, previous permanence, decision to place
 * for adoption and social worker episodes. Draws come from a stream of their own, so this year's
 * return is the same with or without it. The generator lets care end only within this year, except
 * for this year's care leavers, who left care on their 18th birthday last year (rules 1001, 1002);
 * everyone else in it is still looked after at its 31 March (and so in this year's return, as the
 * cross-year checks 502, 503A-J and 1010 expect). Last year's return has no OC3 rows.
 */
export class PreviousYear {
  readonly year: CollectionYear;
  private readonly start: number;
  private readonly end: number;
  private readonly rnd: Random;
  private readonly sex: readonly [string, string];
  private readonly socialWorkers: boolean;
  // One list per table of the return, from the table definitions.
  private readonly rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as RawRow[]])) as Record<
    TableName,
    RawRow[]
  >;

  constructor(currentYear: CollectionYear, seed: number) {
    this.year = shiftCollectionYear(currentYear, -1);
    this.start = dayOfIso(collectionYearStart(this.year));
    this.end = dayOfIso(collectionYearEnd(this.year));
    // A stream of its own (seed mixed with a constant), so this year's draws are untouched.
    this.rnd = new Random((seed ^ 0x5bd1e995) >>> 0);
    this.sex = sexCodes(this.year);
    this.socialWorkers = hasSocialWorkers(this.year);
  }

  /** Adds a child's records for last year, if the child was looked after in it. */
  add(c: ChildHistory): void {
    const { start, end, rnd, rows } = this;
    const d = returnDateOfDay;
    const episodes: HistoryEpisode[] = [];
    for (const ep of c.chain) {
      if (ep.decom > end) break;
      if (ep.dec !== null && ep.dec < start) continue;
      episodes.push(ep.dec !== null && ep.dec > end ? { ...ep, dec: null, rec: null, rpc: null } : ep);
    }
    if (episodes.length === 0) return;
    const careStart = (c.chain[0] as HistoryEpisode).decom;
    // Still looked after at last 31 March, or left care in the year (at 18: this year's care leavers).
    const lookedAfterUntil = (episodes[episodes.length - 1] as HistoryEpisode).dec ?? end;

    rows.Header.push({
      CHILD: c.id,
      SEX: c.isMale ? this.sex[0] : this.sex[1],
      DOB: d(c.dob),
      ETHNIC: c.ethnic,
      UPN: c.upn,
      // A mother's first child is born in this year (see generateReturn), so not yet last year.
      MOTHER: c.isMale ? null : "0",
      MC_DOB: null,
      UASC: c.uasc ? "1" : "0",
    });
    if (c.uasc)
      rows.UASC.push({
        CHILD: c.id,
        SEX: c.isMale ? this.sex[0] : this.sex[1],
        DOB: d(c.dob),
        DUC: d(addYearsToDay(c.dob, 18)),
      });
    for (const ep of episodes) {
      rows.Episodes.push({
        CHILD: c.id,
        DECOM: d(ep.decom),
        RNE: ep.rne,
        LS: ep.ls,
        CIN: ep.cin,
        PLACE: ep.place,
        PLACE_PROVIDER: ep.provider,
        DEC: ep.dec === null ? null : d(ep.dec),
        REC: ep.rec,
        REASON_PLACE_CHANGE: ep.rpc,
        HOME_POST: ep.homePost,
        PL_POST: ep.plPost,
        URN: ep.urn,
      });
    }
    const fourth = addYearsToDay(c.dob, 4);
    for (let r = careStart + 28, k = 0; r <= lookedAfterUntil; r += k === 0 ? 91 : 182, k++) {
      if (r < start) continue;
      rows.Reviews.push({
        CHILD: c.id,
        DOB: d(c.dob),
        REVIEW: d(r),
        REVIEW_CODE: fourth <= r ? rnd.weighted(REVIEW_CODES_4_PLUS) : "PN0",
      });
    }
    if (!c.adopting && isAtLeast(c.dob, 11, start) && rnd.chance(0.12)) {
      let from = Math.max(start, careStart) + 1;
      for (let k = rnd.int(1, 3); k > 0; k--) {
        const ep = episodes.find((e) => (e.dec ?? end) - Math.max(e.decom, from) >= 10);
        if (ep === undefined) break;
        const s0 = rnd.int(Math.max(ep.decom, from) + 1, (ep.dec ?? end) - 6);
        const e0 = s0 + rnd.int(0, 4);
        rows.Missing.push({
          CHILD: c.id,
          DOB: d(c.dob),
          MISSING: rnd.weighted(MISSING_KINDS),
          MIS_START: d(s0),
          MIS_END: d(e0),
        });
        from = e0 + 1;
      }
    }
    // OC2 for those looked after all last year, to its 31 March (care started by last 1 April).
    if (careStart <= start && episodes[episodes.length - 1]?.dec === null)
      rows.OC2.push(outcomes(rnd, c.id, c.dob, start, end));
    if (c.prevPerm) rows.PrevPerm.push(c.prevPerm);
    if (c.placedAdoption && c.placedAdoption.decision <= end) rows.PlacedAdoption.push(c.placedAdoption.row);
    if (this.socialWorkers)
      rows.SWEpisodes.push(
        ...socialWorkerRows(c.workers, c.id, c.dob, socialWorkerReportingStart(this.year, start), end),
      );
  }

  /** Last year's return. */
  build(): Ssda903Return {
    const tables: Partial<Record<TableName, RawRow[]>> = {};
    for (const [t, r] of Object.entries(this.rows) as [TableName, RawRow[]][]) {
      if (t === "DoLo" || (t === "SWEpisodes" && !this.socialWorkers)) continue;
      tables[t] = r;
    }
    return { tables };
  }
}
