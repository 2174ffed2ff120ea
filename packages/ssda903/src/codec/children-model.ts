import type { IsoDate } from "@childrens-social-care/core";

// Readable shapes of one child's SSDA903 records, with ISO dates. Codes stay the DfE's codes. These
// are deliberately plain and local: the lead engineer will align them with the models of
// @childrens-social-care/placements (CareEpisode etc.), which is being written in parallel.
// Every value here about a child is personal data (a child's dates, ids and postcodes).

/** One episode of care (Episodes table). */
export interface EpisodeRecord {
  readonly startDate: IsoDate | null; // DECOM
  readonly reasonNewEpisode: string | null; // RNE
  readonly legalStatus: string | null; // LS
  readonly categoryOfNeed: string | null; // CIN
  readonly placementType: string | null; // PLACE (XML PL)
  readonly placementProvider: string | null; // PLACE_PROVIDER
  readonly endDate: IsoDate | null; // DEC
  readonly reasonEpisodeCeased: string | null; // REC
  readonly reasonPlaceChange: string | null; // REASON_PLACE_CHANGE
  readonly homePostcode: string | null; // HOME_POST
  readonly placementPostcode: string | null; // PL_POST
  readonly urn: string | null; // URN
}

/** A looked-after child review (Reviews table). */
export interface ReviewRecord {
  readonly date: IsoDate | null; // REVIEW
  readonly participation: string | null; // REVIEW_CODE
}

/** A period missing or away from placement (Missing table). */
export interface MissingRecord {
  readonly kind: string | null; // MISSING: M missing, A away without authorisation
  readonly startDate: IsoDate | null; // MIS_START
  readonly endDate: IsoDate | null; // MIS_END
}

/** A placement for adoption (PlacedAdoption table). */
export interface PlacedForAdoptionRecord {
  readonly datePlaced: IsoDate | null; // DATE_PLACED
  readonly dateCeased: IsoDate | null; // DATE_PLACED_CEASED
  readonly reasonCeased: string | null; // REASON_PLACED_CEASED
}

/** A child's social worker (SWEpisodes table, 2023-24 onward). */
export interface SocialWorkerRecord {
  readonly socialWorkerId: string | null; // SW_ID
  readonly startDate: IsoDate | null; // SW_DECOM
  readonly endDate: IsoDate | null; // SW_DEC
  readonly reasonForChange: string | null; // SW_REASON
}

/** A deprivation of liberty order (DoLo table, 2026-27 onward). */
export interface DeprivationOfLibertyRecord {
  readonly startDate: IsoDate | null; // DOLO_START
  readonly endDate: IsoDate | null; // DOLO_END
}

/** Adoption decision and match (AD1 table). */
export interface AdoptionRecord {
  readonly decisionDate: IsoDate | null; // DATE_INT: decision that the child should be placed for adoption
  readonly matchDate: IsoDate | null; // DATE_MATCH
  readonly byFosterCarer: string | null; // FOSTER_CARE 0/1
  readonly numberOfAdopters: string | null; // NB_ADOPTR
  readonly adopterSex: string | null; // SEX_ADOPTR
  readonly adopterLegalStatus: string | null; // LS_ADOPTR
}

/** Care leaver information (OC3 table). */
export interface CareLeaverRecord {
  readonly inTouch: string | null; // IN_TOUCH
  readonly activity: string | null; // ACTIV
  readonly accommodation: string | null; // ACCOM
}

/** Outcomes of a child looked after for 12 months (OC2 table); flags are "0"/"1" as in the return. */
export interface OutcomesRecord {
  readonly sdqScore: string | null;
  readonly sdqReason: string | null;
  readonly convicted: string | null;
  readonly healthCheck: string | null;
  readonly immunisations: string | null;
  readonly teethCheck: string | null;
  readonly healthAssessment: string | null;
  readonly substanceMisuse: string | null;
  readonly interventionReceived: string | null;
  readonly interventionOffered: string | null;
}

/** Previous permanence option (PrevPerm table). */
export interface PreviousPermanenceRecord {
  readonly option: string | null; // PREV_PERM
  readonly localAuthority: string | null; // LA_PERM
  /** DATE_PERM when it is a full date. */
  readonly date: IsoDate | null;
  /**
   * DATE_PERM as recorded: the DfE allows `ZZ` for an unknown day, month or year here ("one or more
   * elements of the date can be replaced by ZZ", csc-validator-be-903 rule 632), so e.g.
   * `ZZ/05/2021` is kept as written and not reported.
   */
  readonly dateAsRecorded: string | null;
}

/** Everything the return says about one child, grouped from all its tables. */
export interface Ssda903Child {
  readonly childId: string; // CHILD / XML CHILDID
  readonly sex: string | null;
  readonly dateOfBirth: IsoDate | null;
  readonly ethnicity: string | null;
  readonly upn: string | null;
  readonly isMother: string | null; // MOTHER 0/1
  readonly motherChildDateOfBirth: IsoDate | null; // MC_DOB
  /** Present when the child is in the UASC table. */
  readonly uasc?: { readonly dateUascCeases: IsoDate | null }; // DUC
  readonly episodes: readonly EpisodeRecord[];
  readonly reviews: readonly ReviewRecord[];
  readonly missing: readonly MissingRecord[];
  readonly placedForAdoption: readonly PlacedForAdoptionRecord[];
  readonly socialWorkers: readonly SocialWorkerRecord[];
  readonly deprivationOfLiberty: readonly DeprivationOfLibertyRecord[];
  readonly adoption?: AdoptionRecord;
  readonly careLeaver?: CareLeaverRecord;
  readonly outcomes?: OutcomesRecord;
  readonly previousPermanence?: PreviousPermanenceRecord;
}
