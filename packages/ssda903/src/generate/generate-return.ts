import {
  type CollectionYear,
  collectionYearEnd,
  collectionYearStart,
  UPN_LA_NUMBERS,
  upnCheckLetter,
} from "@childrens-social-care/core";
import type { RawRow, Ssda903Return } from "../tables/raw-return";
import type { TableName } from "../tables/table-name";
import { addYearsToDay, dayOfIso, isAtLeast, returnDateOfDay } from "./day";
import {
  ADOPTERS,
  CARE_ENDS,
  CARE_ENDS_AT_18,
  CARE_LEAVER_ACCOMMODATION,
  CARE_LEAVER_ACTIVITY,
  CIN,
  ETHNIC,
  FOSTER_SHORT_TO_LONG,
  MISSING_KINDS,
  PLACE_CHANGE_REASONS,
  POSTCODE_AREAS,
  REVIEW_CODES_4_PLUS,
  sexCodes,
  TEMPORARY_PLACEMENTS,
} from "./generator-codes";
import { outcomes } from "./outcomes";
import { PreviousYear } from "./previous-year";
import { Random } from "./prng";
import {
  hasSocialWorkers,
  socialWorkerHistory,
  socialWorkerReportingStart,
  socialWorkerRows,
} from "./social-workers";

/** Options of `generateReturn`. */
export interface GenerateReturnOptions {
  /** How many children the Header table lists (looked-after children and a few care leavers). */
  readonly children: number;
  /** The collection year, e.g. `"2024-25"`: decides the dates and the year's codes. */
  readonly collectionYear: CollectionYear;
  /** Any integer: the same seed gives the same return. */
  readonly seed: number;
}

/** One episode while it is being built: dates are day numbers. */
interface Episode {
  decom: number;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  provider: string | null;
  dec: number | null;
  rec: string | null;
  rpc: string | null;
  homePost: string;
  plPost: string;
  urn: string | null;
}

type Rows = Record<TableName, RawRow[]>;

// Ages at the start of the year of looked-after children, weighted towards teenagers as in the DfE's
// national figures (illustrative weights, not statistics).
const AGE_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 6],
  [1, 4],
  [2, 4],
  [3, 4],
  [4, 4],
  [5, 4],
  [6, 4],
  [7, 4],
  [8, 5],
  [9, 5],
  [10, 5],
  [11, 6],
  [12, 6],
  [13, 7],
  [14, 8],
  [15, 9],
  [16, 9],
  [17, 7],
];

// The previous permanence question is asked of children who started to be looked after on or after
// 1 April 2016 (csc-validator-be-903 rule 634's message).
const PREV_PERM_FROM = dayOfIso("2016-04-01");
// UPN LA numbers the synthetic UPNs use (core's list of numbers school census error 1530 accepts).
const LA_NUMBERS = [...UPN_LA_NUMBERS].filter((n) => n >= "800");
// Long-standing councils' LA numbers, for where a previous permanence order was made (LA_PERM): all
// in the DfE code set csc-validator-be-903 rule 633 accepts (London boroughs, some counties).
const COUNCILS = [
  ..."201 202 203 204 205 206 207 208 209 210 211 212 213 301 302 303 304 305 800 801 802 803".split(" "),
  "850",
  "855",
  "856",
  "857",
];

/**
 * A synthetic SSDA903 return: plausible and meant to pass the DfE's checks, for tests and
 * benchmarks. The same options always give the same return (a seeded mulberry32 generator).
 *
 * What it makes, per child: a Header row (SEX in the year's codes, DOB giving an age of 0-17 at the
 * start of the year, a UPN with a valid check letter, or UN1 under 4 and UN2 for UASC children);
 * one period of care as a chain of episodes with no gaps or overlaps: the first `RNE` S, later ones
 * L (legal status only), P or B (new carers), T or U (same carers, e.g. short-term to long-term
 * fostering); each episode's DEC is the next one's DECOM; reasons for placement change where the
 * next episode changes placement (rule 225); the last episode open at 31 March, or closed with a
 * REC that fits (home, child arrangements order, SGO from foster care, adoption after a placement for
 * adoption, or leaving care at 18). Episodes that ended before the year are left out, as in a real
 * return, and none ends after it (rule 385). Also: reviews at 20 working days, 3 months and then
 * every 6 months; missing periods for some older children; OC2 for children looked after for 12
 * months at 31 March (items by age, rules 157/188/189/542-547); PrevPerm for children who started
 * care from 1 April 2016; UASC rows (with DUC at 18); placements for adoption with PlacedAdoption and,
 * when adopted in the year, AD1; care leavers turning 19 with only Header and OC3 (they left care
 * at 18 last year; see `generateReturnPair`); SWEpisodes from 2023-24 (see `socialWorkerHistory`: a
 * worker before care, a new one from the day care began, changes now and then, the latest open at
 * 31 March, reported back to the start of the social worker reporting period); now and then a short temporary placement (T1-T4) after which the child returns to the
 * same placement. Not generated: respite (V3/V4), youth justice (J1-J3) and short-order (L1-L3)
 * episodes, DoLo, and the year-specific placement codes (H5, P2, Z1, K3, Z11-Z14), which carry many
 * special rules; postcodes are shaped like real ones but made up. Checked against every rule of the
 * package for 2022-23 to 2026-27, alone and with last year's return (rule-clean.test.ts): nothing is
 * reported except SW12STG2 on open episodes that do not start a period of care, which no return can
 * satisfy as that rule is written (see the test).
 */
export function generateReturn(options: GenerateReturnOptions): Ssda903Return {
  return generate(options, false).current;
}

/** This year's synthetic return and last year's for the same children. */
export interface ReturnPair {
  /** Exactly `generateReturn(options)`. */
  readonly current: Ssda903Return;
  /** The previous collection year's return, for the cross-year checks (see `PreviousYear`). */
  readonly previous: Ssda903Return;
}

/**
 * This year's synthetic return (the same as `generateReturn` gives for the same options) and last
 * year's return for the same children, built from the same histories so that the cross-year checks
 * (502, 503A-J, 559-561, 562, 1010 ...) find them consistent: the episode open at last 31 March is
 * this year's first episode, and children keep their ids, dates of birth, UPNs and adoption decisions.
 * Last year's SEX uses last year's codes (1/2 before 2024-25). Last year's return has no care leavers
 * (the generator ends care only within this year).
 */
export function generateReturnPair(options: GenerateReturnOptions): ReturnPair {
  const { current, previous } = generate(options, true);
  return { current, previous: previous as Ssda903Return };
}

function generate(
  options: GenerateReturnOptions,
  withPrevious: boolean,
): { current: Ssda903Return; previous?: Ssda903Return } {
  const year = options.collectionYear;
  const start = dayOfIso(collectionYearStart(year));
  const end = dayOfIso(collectionYearEnd(year));
  const rnd = new Random(options.seed);
  const [male, female] = sexCodes(year);
  const withSocialWorkers = hasSocialWorkers(year);
  const swFrom = socialWorkerReportingStart(year, start);
  const rows: Rows = {
    Header: [],
    Episodes: [],
    Reviews: [],
    UASC: [],
    OC2: [],
    OC3: [],
    AD1: [],
    PlacedAdoption: [],
    PrevPerm: [],
    Missing: [],
    SWEpisodes: [],
    DoLo: [],
  };
  const d = returnDateOfDay;
  const n = Math.max(0, Math.floor(options.children));
  const previous = withPrevious ? new PreviousYear(year, options.seed) : undefined;

  for (let i = 0; i < n; i++) {
    const id = String(100000 + i);
    const kind = rnd.weighted([
      ["looked-after", 88],
      ["adoption", 4],
      ["uasc", 5],
      ["care-leaver", 3],
    ] as const);
    const isMale = kind === "uasc" ? rnd.chance(0.9) : rnd.chance(0.56);
    const sex = isMale ? male : female;
    const ethnic = rnd.weighted(ETHNIC);

    const homePost = postcode(rnd);
    if (kind === "care-leaver") {
      // Turns 19 in the year (OC3 is for those turning 19-21, rule 391), so left care on the 18th
      // birthday, last year: last year's return has that episode, which the cross-year checks need
      // (rule 1002: an episode in this year's or last year's return; rule 1001: 13 weeks looked
      // after since 14, some of it after 16, counted from those two returns, so not 20 or older, as
      // those left care before last year's return). Not looked after this year, so only Header and
      // OC3 (rule 1012) and no motherhood details (rule 628).
      const dob = addYearsToDay(start, -19) + rnd.int(1, 364);
      const eighteen = addYearsToDay(dob, 18);
      const careStart = Math.max(addYearsToDay(dob, 14) + 1, eighteen - rnd.int(200, 1200));
      const ls = rnd.weighted([
        ["V2", 3],
        ["C2", 2],
      ] as const);
      const placement = newPlacement(rnd, ls, true, homePost);
      const leftCare: Episode = {
        decom: careStart,
        rne: "S",
        ls,
        cin: rnd.weighted(CIN),
        ...placement,
        homePost,
        dec: eighteen,
        // Rule 359 would need s20 in a community home after 18; leaving care at 18 otherwise.
        rec: placement.place.startsWith("U") ? rnd.weighted(CARE_ENDS_AT_18) : rnd.chance(0.8) ? "E5" : "E6",
        rpc: null,
      };
      const upnValue = upn(rnd, i);
      rows.Header.push(header(id, sex, dob, ethnic, upnValue, null, null, "0"));
      const inTouch = rnd.chance(0.9);
      rows.OC3.push({
        CHILD: id,
        DOB: d(dob),
        IN_TOUCH: inTouch ? "YES" : "NO",
        ACTIV: inTouch ? rnd.weighted(CARE_LEAVER_ACTIVITY) : "0",
        ACCOM: inTouch ? rnd.weighted(CARE_LEAVER_ACCOMMODATION) : "0",
      });
      const workers = withSocialWorkers ? socialWorkerHistory(rnd, dob, careStart, end) : [];
      previous?.add({
        id,
        isMale,
        dob,
        ethnic,
        upn: upnValue,
        uasc: false,
        chain: [leftCare],
        workers,
        adopting: false,
        // Care that began from 1 April 2016 needs previous permanence details in the year it began
        // (rule 630): here, none (Z1, with no LA or date: rule 635).
        ...(careStart >= PREV_PERM_FROM
          ? { prevPerm: { CHILD: id, DOB: d(dob), PREV_PERM: "Z1", LA_PERM: null, DATE_PERM: null } }
          : {}),
      });
      continue;
    }

    let dob: number;
    let chain: Episode[];
    let adoption:
      | { decision: number; match: number; placed: number; adopted: boolean; withFosterCarers: boolean }
      | undefined;

    if (kind === "adoption") {
      // Care order, then placement order (E1, rule 408 for A5/A6), then placement for adoption, then
      // (perhaps in the year) an adoption order. Built back from the adoption date.
      const cin = rnd.weighted(CIN);
      const a = rnd.int(60, 200);
      const b = rnd.int(90, 250);
      const c = rnd.int(30, 150);
      const e = rnd.int(70, 300);
      // Not adopted on 31 March itself: that child would count as looked after all year (OC2 cohort),
      // which rule 187 says cannot have adoption details.
      const drawn = rnd.int(start + 10, end + 250);
      const adoptedOn = drawn === end ? end + 1 : drawn;
      const careStart = adoptedOn - (a + b + c + e);
      dob = Math.min(careStart - rnd.int(1, 500), start - 1);
      const firstPlace = rnd.weighted([
        ["U6", 3],
        ["U3", 1],
      ] as const);
      const plPost = postcode(rnd);
      const urn = socialCareUrn(rnd);
      const provider = rnd.weighted([
        ["PR1", 6],
        ["PR4", 3],
        ["PR5", 1],
      ] as const);
      const e1 = careStart + a + b;
      const placed = e1 + c;
      const withFosterCarers = rnd.chance(0.2);
      const decision = rnd.int(careStart + 30, e1 - 10);
      const base = { cin, homePost, provider, urn, plPost, place: firstPlace };
      chain = [
        { ...base, decom: careStart, rne: "S", ls: "C1", dec: careStart + a, rec: "X1", rpc: null },
        { ...base, decom: careStart + a, rne: "L", ls: "C2", dec: e1, rec: "X1", rpc: null },
        {
          ...base,
          decom: e1,
          rne: "L",
          ls: "E1",
          dec: placed,
          rec: "X1",
          rpc: withFosterCarers ? "PLACE" : "CARPL",
        },
        withFosterCarers
          ? // Placed for adoption with the current foster carers: same carers (RNE T, rule 217).
            { ...base, decom: placed, rne: "T", ls: "E1", place: "A5", dec: adoptedOn, rec: "E11", rpc: null }
          : {
              ...base,
              decom: placed,
              rne: "P",
              ls: "E1",
              place: "A6",
              provider: rnd.weighted([
                ["PR1", 5],
                ["PR2", 3],
                ["PR5", 2],
              ] as const),
              urn: socialCareUrn(rnd),
              plPost: postcode(rnd),
              dec: adoptedOn,
              rec: rnd.chance(0.85) ? "E11" : "E12",
              rpc: null,
            },
      ];
      adoption = {
        decision,
        match: rnd.int(decision, placed - 1),
        placed,
        adopted: adoptedOn <= end,
        withFosterCarers,
      };
    } else {
      const age = kind === "uasc" ? rnd.int(14, 17) : rnd.weighted(AGE_WEIGHTS);
      dob = addYearsToDay(start, -(age + 1)) + rnd.int(1, 364);
      const eighteen = addYearsToDay(dob, 18);
      // Care starts after birth (rule 302) and well before 18 (rule 352); a third start in the year.
      const latest = Math.min(end - 7, eighteen - 60);
      const earliest = Math.max(dob + 1, start - 5 * 365);
      const inYear = Math.max(start, earliest) <= latest;
      const beforeYear = earliest <= Math.min(start - 1, latest);
      const careStart =
        inYear && (rnd.chance(0.35) || !beforeYear)
          ? rnd.int(Math.max(start, earliest), latest)
          : rnd.int(earliest, Math.min(start - 1, latest));
      chain = periodOfCare(rnd, { careStart, dob, eighteen, start, end, homePost, uasc: kind === "uasc" });
    }

    // Clip to the year: episodes that ended before it are not in this year's return; one that runs
    // past 31 March is open.
    const episodes: Episode[] = [];
    for (const ep of chain) {
      if (ep.decom > end) break;
      if (ep.dec !== null && ep.dec < start) continue;
      if (ep.dec !== null && ep.dec > end) {
        ep.dec = null;
        ep.rec = null;
        ep.rpc = null;
      }
      episodes.push(ep);
      if (ep.dec === null) break;
    }
    const first = chain[0] as Episode;
    const last = episodes[episodes.length - 1] as Episode;
    const careStart = first.decom;
    const careEnd = last.dec; // null: still looked after at 31 March
    const lookedAfterUntil = careEnd ?? end;

    // Header: motherhood only for girls (rules 393, 607), a mother aged 15+ now and then (rule 620).
    let mother: string | null = null;
    let mcDob: string | null = null;
    if (!isMale) {
      mother = "0";
      if (isAtLeast(dob, 15, start) && rnd.chance(0.04)) {
        mother = "1";
        // Born in the year, and not after the latest day she ceased an episode (rule 625 compares
        // with the latest DEC, even when a later episode is open).
        let latestDec = end;
        for (const ep of episodes) if (ep.dec !== null) latestDec = ep.dec;
        mcDob = d(rnd.int(start, Math.min(latestDec, lookedAfterUntil)));
      }
    }
    const isUasc = kind === "uasc";
    const upnValue = isUasc ? "UN2" : !isAtLeast(dob, 4, start) ? "UN1" : upn(rnd, i);
    rows.Header.push(header(id, sex, dob, ethnic, upnValue, mother, mcDob, isUasc ? "1" : "0"));
    if (isUasc) rows.UASC.push({ CHILD: id, SEX: sex, DOB: d(dob), DUC: d(addYearsToDay(dob, 18)) });

    for (const ep of episodes) {
      rows.Episodes.push({
        CHILD: id,
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

    // Reviews: 20 working days after care starts (about 28 days), 3 months later, then 6-monthly
    // (Care Planning Regulations 2010, reg. 33).
    const fourth = addYearsToDay(dob, 4);
    for (let r = careStart + 28, k = 0; r <= lookedAfterUntil; r += k === 0 ? 91 : 182, k++) {
      if (r < start) continue;
      rows.Reviews.push({
        CHILD: id,
        DOB: d(dob),
        REVIEW: d(r),
        REVIEW_CODE: fourth <= r ? rnd.weighted(REVIEW_CODES_4_PLUS) : "PN0",
      });
    }

    // Missing and away-from-placement periods: some children of 11 and over, inside an episode and the
    // year, closed before the episode ends (rules 567, 570, 571, 574, 575).
    if (!adoption && isAtLeast(dob, 11, start) && rnd.chance(0.12)) {
      let from = Math.max(start, careStart) + 1;
      for (let k = rnd.int(1, 3); k > 0; k--) {
        const ep = episodes.find((e) => (e.dec ?? end) - Math.max(e.decom, from) >= 10);
        if (ep === undefined) break;
        const s0 = rnd.int(Math.max(ep.decom, from) + 1, (ep.dec ?? end) - 6);
        const e0 = s0 + rnd.int(0, 4);
        rows.Missing.push({
          CHILD: id,
          DOB: d(dob),
          MISSING: rnd.weighted(MISSING_KINDS),
          MIS_START: d(s0),
          MIS_END: d(e0),
        });
        from = e0 + 1;
      }
    }

    // OC2: looked after continuously for 12 months at 31 March, reckoned as the DfE's checks do: no
    // period of care starting after 1 April and none ending before 31 March (csc-validator-be-903
    // rules 185, 190, 191).
    if ((careEnd === null || careEnd >= end) && careStart <= start)
      rows.OC2.push(outcomes(rnd, id, dob, start, end));

    let prevPermRow: RawRow | undefined;
    if (careStart >= PREV_PERM_FROM) {
      // Mostly no previous permanence (Z1, with no LA or date: rule 635); otherwise an SGO (P2) or
      // child arrangements order (P3) made by a council before care started (rules 630, 632, 633).
      const option = rnd.weighted([
        ["Z1", 90],
        ["P2", 6],
        ["P3", 4],
      ] as const);
      const made = option === "Z1" || careStart - dob < 3 ? undefined : rnd.int(dob + 1, careStart - 1);
      prevPermRow = {
        CHILD: id,
        DOB: d(dob),
        PREV_PERM: made === undefined ? "Z1" : option,
        LA_PERM: made === undefined ? null : rnd.pick(COUNCILS),
        DATE_PERM: made === undefined ? null : d(made),
      };
      rows.PrevPerm.push(prevPermRow);
    }

    let placedRow: RawRow | undefined;
    if (adoption !== undefined && adoption.decision <= end) {
      // The decision that the child should be placed for adoption (rules 551-554) and, once adopted in
      // the year, the adoption details (rules 521, 523, 601).
      placedRow = {
        CHILD: id,
        DOB: d(dob),
        DATE_PLACED: d(adoption.decision),
        DATE_PLACED_CEASED: null,
        REASON_PLACED_CEASED: null,
      };
      rows.PlacedAdoption.push(placedRow);
      if (adoption.adopted) {
        const [nb, sexA, lsA] = rnd.weighted(ADOPTERS);
        rows.AD1.push({
          CHILD: id,
          DOB: d(dob),
          DATE_INT: d(adoption.decision),
          DATE_MATCH: d(adoption.match),
          FOSTER_CARE: adoption.withFosterCarers ? "1" : "0",
          NB_ADOPTR: nb,
          SEX_ADOPTR: sexA,
          LS_ADOPTR: lsA,
        });
      }
    }

    // Social worker episodes: the child's history, reported for the year and the year before it.
    const workers = withSocialWorkers ? socialWorkerHistory(rnd, dob, careStart, end) : [];
    if (withSocialWorkers) rows.SWEpisodes.push(...socialWorkerRows(workers, id, dob, swFrom, end));
    previous?.add({
      id,
      isMale,
      dob,
      ethnic,
      upn: upnValue,
      uasc: isUasc,
      chain,
      workers,
      adopting: adoption !== undefined,
      ...(prevPermRow ? { prevPerm: prevPermRow } : {}),
      ...(placedRow && adoption ? { placedAdoption: { row: placedRow, decision: adoption.decision } } : {}),
    });
  }

  const tables: Partial<Record<TableName, RawRow[]>> = {};
  for (const [t, r] of Object.entries(rows) as [TableName, RawRow[]][]) {
    if (t === "DoLo" || (t === "SWEpisodes" && !withSocialWorkers)) continue;
    tables[t] = r;
  }
  return previous ? { current: { tables }, previous: previous.build() } : { current: { tables } };
}

function header(
  id: string,
  sex: string,
  dob: number,
  ethnic: string,
  upnValue: string,
  mother: string | null,
  mcDob: string | null,
  uasc: string,
): RawRow {
  // UASC is the flag readReturn derives for CSV returns, so a generated return equals its read-back.
  return {
    CHILD: id,
    SEX: sex,
    DOB: returnDateOfDay(dob),
    ETHNIC: ethnic,
    UPN: upnValue,
    MOTHER: mother,
    MC_DOB: mcDob,
    UASC: uasc,
  };
}

interface PeriodOptions {
  careStart: number;
  dob: number;
  eighteen: number;
  start: number;
  end: number;
  homePost: string;
  uasc: boolean;
}

// One period of care from its start until it ends or runs past the year.
function periodOfCare(rnd: Random, o: PeriodOptions): Episode[] {
  const cin = o.uasc ? "N8" : rnd.weighted(CIN);
  const teen = isAtLeast(o.dob, 10, o.careStart);
  // s20 accommodation (V2) is most common for teenagers and UASC; interim care orders for the young.
  let ls = o.uasc
    ? "V2"
    : rnd.weighted(
        teen
          ? ([
              ["V2", 6],
              ["C1", 3],
              ["C2", 1],
            ] as const)
          : ([
              ["V2", 3],
              ["C1", 6],
              ["C2", 1],
            ] as const),
      );
  let placement = newPlacement(rnd, ls, teen, o.homePost);
  const chain: Episode[] = [];
  let decom = o.careStart;
  let rne = "S";
  let hadTemporary = false;
  for (;;) {
    const length = rnd.weighted([
      [rnd.int(14, 90), 3],
      [rnd.int(91, 365), 4],
      [rnd.int(366, 900), 3],
    ] as const);
    const ep: Episode = {
      decom,
      rne,
      ls,
      cin,
      ...placement,
      homePost: o.homePost,
      dec: null,
      rec: null,
      rpc: null,
    };
    chain.push(ep);
    const next = decom + length;
    if (o.eighteen <= o.end && next >= o.eighteen) {
      // Leaves care on the 18th birthday (rule 359 would need s20 in a community home after it).
      ep.dec = o.eighteen;
      ep.rec = ep.place.startsWith("U") ? rnd.weighted(CARE_ENDS_AT_18) : rnd.chance(0.8) ? "E5" : "E6";
      return chain;
    }
    if (next > o.end) return chain; // open at 31 March (clipped by the caller)
    ep.dec = next;
    // Care may end only within the year, so every child is looked after during it.
    if (next >= o.start && rnd.chance(0.15)) {
      ep.rec = endOfCare(rnd, ep.place);
      return chain;
    }
    ep.rec = "X1";
    // Now and then a short temporary placement, after which the child returns to the same placement
    // (rule 383): reason P (380), no provider or URN (213, 222), no reason for placement change on it
    // or the episode before (226), within the time limits (375: T1 6 weeks, 376: T3 3 weeks, 379: T4
    // 7 days), one per child (377: at most two T3 a year), and never the last episode (381).
    if (!hadTemporary && placement.place !== "P1" && rnd.chance(0.06)) {
      const temporary = rnd.weighted(TEMPORARY_PLACEMENTS);
      const back =
        next + (temporary === "T1" ? rnd.int(1, 30) : temporary === "T4" ? rnd.int(1, 7) : rnd.int(3, 14));
      if (back + 1 < o.end && back + 1 < o.eighteen) {
        hadTemporary = true;
        chain.push({
          decom: next,
          rne: "P",
          ls,
          cin,
          place: temporary,
          provider: null,
          urn: null,
          plPost: postcode(rnd),
          homePost: o.homePost,
          dec: back,
          rec: "X1",
          rpc: null,
        });
        decom = back;
        rne = "P";
        continue;
      }
    }
    // The next episode: what changes decides its RNE (rules 434-436).
    const canChangeLs = ls === "C1" || ls === "V2";
    const longTerm = FOSTER_SHORT_TO_LONG[placement.place];
    const change = rnd.weighted([
      ["P", 45],
      ["L", canChangeLs ? 15 : 0],
      ["B", canChangeLs ? 12 : 0],
      ["T", longTerm ? 10 : 0],
      ["U", longTerm && canChangeLs ? 5 : 0],
    ] as const);
    if (change === "L" || change === "B" || change === "U") ls = ls === "V2" ? "C1" : "C2";
    if (change === "P" || change === "B") {
      ep.rpc = rnd.weighted(PLACE_CHANGE_REASONS);
      placement = newPlacement(rnd, ls, isAtLeast(o.dob, 10, next), o.homePost, placement.place);
    } else if (change === "T" || change === "U") {
      ep.rpc = "PLACE";
      placement = { ...placement, place: longTerm as string };
    }
    decom = next;
    rne = change;
  }
}

interface Placement {
  place: string;
  provider: string | null;
  urn: string | null;
  plPost: string;
}

// A placement and its provider (rules 526-531, 550), URN (rules 218, 222) and postcode (392d).
function newPlacement(
  rnd: Random,
  ls: string,
  teen: boolean,
  homePost: string,
  previous?: string,
): Placement {
  const place = rnd.weighted([
    ["U6", 45],
    ["U3", 15],
    ["U4", previous ? 8 : 0],
    ["U1", previous ? 4 : 0],
    ["K2", teen ? 25 : 0],
    ["S1", teen ? 2 : 0],
    // Placed with parents, never under a single period of s20 accommodation (rule 378), and not from
    // one placement with parents to another (nothing would change: rules 435, 436).
    ["P1", ls === "V2" || previous === "P1" ? 0 : 5],
  ] as const);
  if (place === "P1") return { place, provider: "PR0", urn: null, plPost: homePost };
  const provider =
    place === "K2" || place === "S1"
      ? rnd.weighted([
          ["PR1", 2],
          ["PR4", 7],
          ["PR5", 1],
        ] as const)
      : rnd.weighted([
          ["PR1", 6],
          ["PR4", 3],
          ["PR5", 1],
        ] as const);
  return { place, provider, urn: socialCareUrn(rnd), plPost: postcode(rnd) };
}

function endOfCare(rnd: Random, place: string): string {
  // Special guardianship from foster carers: E45 relatives/friends (U1-U3), E46 others (U4-U6).
  if (place === "U1" || place === "U3") return rnd.chance(0.3) ? "E45" : rnd.weighted(CARE_ENDS);
  if (place === "U4" || place === "U6") return rnd.chance(0.15) ? "E46" : rnd.weighted(CARE_ENDS);
  return rnd.weighted(CARE_ENDS);
}

// A UPN: check letter, LA number, establishment, year of issue, serial; unique per child index.
function upn(rnd: Random, index: number): string {
  const la = rnd.pick(LA_NUMBERS);
  const rest = `${la}${String(Math.floor(index / 1000) % 10000).padStart(4, "0")}${String(rnd.int(5, 24)).padStart(2, "0")}${String(index % 1000).padStart(3, "0")}`;
  return `${upnCheckLetter(rest)}${rest}`;
}

function socialCareUrn(rnd: Random): string {
  return `SC${rnd.int(100000, 999999)}`;
}

const UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

function postcode(rnd: Random): string {
  return `${rnd.pick(POSTCODE_AREAS)}${rnd.int(1, 20)} ${rnd.int(1, 9)}${UNIT_LETTERS[rnd.int(0, 19)]}${UNIT_LETTERS[rnd.int(0, 19)]}`;
}
