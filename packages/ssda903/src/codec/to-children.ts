import type { IsoDate, ValidationIssue } from "@childrens-social-care/core";
import type { RawRow, Ssda903Return } from "../tables/raw-return";
import type { TableName } from "../tables/table-name";
import type {
  AdoptionRecord,
  CareLeaverRecord,
  DeprivationOfLibertyRecord,
  EpisodeRecord,
  MissingRecord,
  OutcomesRecord,
  PlacedForAdoptionRecord,
  PreviousPermanenceRecord,
  ReviewRecord,
  SocialWorkerRecord,
  Ssda903Child,
} from "./children-model";
import { READ_RULES, readIssue } from "./read-issue";
import { fromReturnDate } from "./return-date";

/** The children of a return, and the dates and records that could not be mapped. */
export interface ChildrenResult {
  readonly children: Ssda903Child[];
  readonly issues: ValidationIssue[];
}

// A previous permanence date with unknown parts written ZZ (rule 632's wording); a full date is not one.
const PARTIAL_DATE = /^(\d{2}|ZZ)\/(\d{2}|ZZ)\/(\d{4}|ZZZZ)$/i;
const isPartialDate = (text: string) => PARTIAL_DATE.test(text) && /z/i.test(text);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Maps a return's rows to one readable record per child (see `Ssda903Child`), with `dd/mm/yyyy`
 * dates turned into ISO dates. Children come in the order they first appear, tables taken in the
 * order Header, UASC, Episodes, Reviews, Missing, PlacedAdoption, SWEpisodes, DoLo, AD1, OC3, OC2,
 * PrevPerm; each
 * list keeps the order of its table. A date that is not a real date becomes `null` and is reported
 * (rule `903/read/invalid-date`, with the table, row, field, child and file line, never the value); a
 * record with no CHILD id is reported and left out. Where a child has several Header, UASC, AD1,
 * OC2, OC3 or PrevPerm rows, the first is used (the validation rules report the duplicates).
 */
export function toChildren(ret: Ssda903Return): ChildrenResult {
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, Mutable<Ssda903Child>>();

  const each = (
    table: TableName,
    fn: (child: Mutable<Ssda903Child>, date: (field: string) => IsoDate | null, row: RawRow) => void,
  ) => {
    const rows = ret.tables[table];
    if (rows === undefined) return;
    const origin = ret.origins?.[table];
    rows.forEach((row, index) => {
      const where = {
        table,
        row: index,
        ...(origin ? { file: origin.file } : {}),
        ...(origin?.lines[index] !== undefined ? { line: origin.lines[index] } : {}),
      };
      const id = row["CHILD"];
      if (id === null || id === undefined) {
        issues.push(
          readIssue(
            READ_RULES.missingChildId,
            "warning",
            `This ${table} record has no CHILD id, so it belongs to no child.`,
            where,
            ["CHILD"],
          ),
        );
        return;
      }
      const date = (field: string): IsoDate | null => {
        const text = (row as RawRow)[field];
        if (text === null || text === undefined) return null;
        const iso = fromReturnDate(text);
        if (iso !== undefined) return iso;
        issues.push(
          readIssue(
            READ_RULES.invalidDate,
            "error",
            `${field} in ${table} is not a real date written dd/mm/yyyy.`,
            { ...where, childId: id },
            [field],
          ),
        );
        return null;
      };
      fn(childOf(id), date, row);
    });
  };
  const childOf = (id: string): Mutable<Ssda903Child> => {
    let c = byId.get(id);
    if (c === undefined) {
      c = {
        childId: id,
        sex: null,
        dateOfBirth: null,
        ethnicity: null,
        upn: null,
        isMother: null,
        motherChildDateOfBirth: null,
        episodes: [],
        reviews: [],
        missing: [],
        placedForAdoption: [],
        socialWorkers: [],
        deprivationOfLiberty: [],
      };
      byId.set(id, c);
    }
    return c;
  };
  const seenHeader = new Set<string>();
  const v = (row: RawRow, field: string) => row[field] ?? null;

  each("Header", (c, date, row) => {
    if (seenHeader.has(c.childId)) return;
    seenHeader.add(c.childId);
    c.sex = v(row, "SEX");
    c.dateOfBirth = date("DOB");
    c.ethnicity = v(row, "ETHNIC");
    c.upn = v(row, "UPN");
    c.isMother = v(row, "MOTHER");
    c.motherChildDateOfBirth = date("MC_DOB");
  });
  each("UASC", (c, date) => {
    c.uasc ??= { dateUascCeases: date("DUC") };
  });
  each("Episodes", (c, date, row) => {
    const e: EpisodeRecord = {
      startDate: date("DECOM"),
      reasonNewEpisode: v(row, "RNE"),
      legalStatus: v(row, "LS"),
      categoryOfNeed: v(row, "CIN"),
      placementType: v(row, "PLACE"),
      placementProvider: v(row, "PLACE_PROVIDER"),
      endDate: date("DEC"),
      reasonEpisodeCeased: v(row, "REC"),
      reasonPlaceChange: v(row, "REASON_PLACE_CHANGE"),
      homePostcode: v(row, "HOME_POST"),
      placementPostcode: v(row, "PL_POST"),
      urn: v(row, "URN"),
    };
    (c.episodes as EpisodeRecord[]).push(e);
  });
  each("Reviews", (c, date, row) => {
    const r: ReviewRecord = { date: date("REVIEW"), participation: v(row, "REVIEW_CODE") };
    (c.reviews as ReviewRecord[]).push(r);
  });
  each("Missing", (c, date, row) => {
    const m: MissingRecord = {
      kind: v(row, "MISSING"),
      startDate: date("MIS_START"),
      endDate: date("MIS_END"),
    };
    (c.missing as MissingRecord[]).push(m);
  });
  each("PlacedAdoption", (c, date, row) => {
    const p: PlacedForAdoptionRecord = {
      datePlaced: date("DATE_PLACED"),
      dateCeased: date("DATE_PLACED_CEASED"),
      reasonCeased: v(row, "REASON_PLACED_CEASED"),
    };
    (c.placedForAdoption as PlacedForAdoptionRecord[]).push(p);
  });
  each("SWEpisodes", (c, date, row) => {
    const s: SocialWorkerRecord = {
      socialWorkerId: v(row, "SW_ID"),
      startDate: date("SW_DECOM"),
      endDate: date("SW_DEC"),
      reasonForChange: v(row, "SW_REASON"),
    };
    (c.socialWorkers as SocialWorkerRecord[]).push(s);
  });
  each("DoLo", (c, date) => {
    const d: DeprivationOfLibertyRecord = { startDate: date("DOLO_START"), endDate: date("DOLO_END") };
    (c.deprivationOfLiberty as DeprivationOfLibertyRecord[]).push(d);
  });
  each("AD1", (c, date, row) => {
    if (c.adoption) return;
    const a: AdoptionRecord = {
      decisionDate: date("DATE_INT"),
      matchDate: date("DATE_MATCH"),
      byFosterCarer: v(row, "FOSTER_CARE"),
      numberOfAdopters: v(row, "NB_ADOPTR"),
      adopterSex: v(row, "SEX_ADOPTR"),
      adopterLegalStatus: v(row, "LS_ADOPTR"),
    };
    c.adoption = a;
  });
  each("OC3", (c, _date, row) => {
    if (c.careLeaver) return;
    const o: CareLeaverRecord = {
      inTouch: v(row, "IN_TOUCH"),
      activity: v(row, "ACTIV"),
      accommodation: v(row, "ACCOM"),
    };
    c.careLeaver = o;
  });
  each("OC2", (c, _date, row) => {
    if (c.outcomes) return;
    const o: OutcomesRecord = {
      sdqScore: v(row, "SDQ_SCORE"),
      sdqReason: v(row, "SDQ_REASON"),
      convicted: v(row, "CONVICTED"),
      healthCheck: v(row, "HEALTH_CHECK"),
      immunisations: v(row, "IMMUNISATIONS"),
      teethCheck: v(row, "TEETH_CHECK"),
      healthAssessment: v(row, "HEALTH_ASSESSMENT"),
      substanceMisuse: v(row, "SUBSTANCE_MISUSE"),
      interventionReceived: v(row, "INTERVENTION_RECEIVED"),
      interventionOffered: v(row, "INTERVENTION_OFFERED"),
    };
    c.outcomes = o;
  });
  each("PrevPerm", (c, date, row) => {
    if (c.previousPermanence) return;
    const p: PreviousPermanenceRecord = {
      option: v(row, "PREV_PERM"),
      localAuthority: v(row, "LA_PERM"),
      date: isPartialDate(row["DATE_PERM"] ?? "") ? null : date("DATE_PERM"),
      dateAsRecorded: v(row, "DATE_PERM"),
    };
    c.previousPermanence = p;
  });
  return { children: [...byId.values()], issues };
}
