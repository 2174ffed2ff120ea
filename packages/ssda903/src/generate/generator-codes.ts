import { compareCollectionYears } from "@childrens-social-care/core";

// The codes the generator draws from, with rough weights. Every code here is valid in the years it
// is used, per the consolidated SSDA903 code lists (shared reference `903_code_lists.json`, built from
// csc-validator-be-903 rules 101, 103, 143-146, 149, 167, 178, 196, 1006, 1009, SW13STG1 and the
// liia-tools schemas); a test checks that against the list. The generator deliberately uses only
// codes valid in every year from 2022-23 to 2026-27, except SEX, which changed in 2024-25. Weights are
// illustrative, not national statistics.

/** SEX: `1`/`2` up to 2023-24, `M`/`F` from 2024-25 (rule 101; liia-tools-pipeline 2025 diff). `U` is
 * valid from 2024-25 but raises query 232, so the generator does not use it. */
export function sexCodes(year: string): readonly [male: string, female: string] {
  return compareCollectionYears(year, "2024-25") < 0 ? ["1", "2"] : ["M", "F"];
}

/** ETHNIC (rule 103): the 20 codes, weighted. */
export const ETHNIC: readonly (readonly [string, number])[] = [
  ["WBRI", 60],
  ["WIRI", 1],
  ["WOTH", 5],
  ["WIRT", 1],
  ["WROM", 1],
  ["MWBC", 3],
  ["MWBA", 1],
  ["MWAS", 1],
  ["MOTH", 3],
  ["AIND", 1],
  ["APKN", 2],
  ["ABAN", 1],
  ["AOTH", 2],
  ["BCRB", 2],
  ["BAFR", 4],
  ["BOTH", 2],
  ["CHNE", 1],
  ["OOTH", 4],
  ["REFU", 1],
  ["NOBT", 1],
];

/** CIN category of need (rule 145), weighted towards abuse or neglect as in national returns. */
export const CIN: readonly (readonly [string, number])[] = [
  ["N1", 65],
  ["N2", 3],
  ["N3", 3],
  ["N4", 8],
  ["N5", 14],
  ["N6", 2],
  ["N7", 1],
  ["N8", 4],
];

/** Foster placements (PLACE, rule 146) with the long-term code the same carers move to (RNE T/U). */
export const FOSTER_SHORT_TO_LONG: Readonly<Record<string, string>> = { U3: "U1", U6: "U4" };

/** Temporary placements (PLACE T1 hospital, T2 child's holiday, T3 carers' holiday, T4 other, 7 days or
 * less), for short breaks from the usual placement; T0 ("all types of temporary move") is not used. */
export const TEMPORARY_PLACEMENTS: readonly (readonly [string, number])[] = [
  ["T1", 2],
  ["T2", 2],
  ["T3", 3],
  ["T4", 3],
];

/** Review participation (REVIEW_CODE, rule 167): PN0 is for a child under 4 (rules 440/441). */
export const REVIEW_CODES_4_PLUS: readonly (readonly [string, number])[] = [
  ["PN1", 50],
  ["PN2", 8],
  ["PN3", 5],
  ["PN4", 5],
  ["PN5", 12],
  ["PN6", 10],
  ["PN7", 10],
];

/** Reasons for a placement change (REASON_PLACE_CHANGE, rule 1009), for a change of carers. CUSTOD
 * is left out (rule 234 forbids it under 10); PLACE is used for a change of status with the same carers. */
export const PLACE_CHANGE_REASONS: readonly (readonly [string, number])[] = [
  ["CARPL", 40],
  ["CLOSE", 5],
  ["STAND", 4],
  ["APPRR", 1],
  ["CREQB", 12],
  ["CREQO", 10],
  ["CHILD", 8],
  ["LAREQ", 5],
  ["OTHER", 15],
];

/** Reasons a period of care ends before 18 (REC, rule 149), weighted. Adoption (E11/E12) is only used
 * after a placement for adoption (rule 390); SGO codes follow the kind of carer (E45/E46). */
export const CARE_ENDS: readonly (readonly [string, number])[] = [
  ["E4A", 40],
  ["E13", 6],
  ["E41", 8],
  ["E8", 6],
];

/** How a care leaver turning 18 leaves care: E17 staying put with foster carers, E5/E6 independent
 * living (rules 387 and 460 need the young person to be 14/18 or over). */
export const CARE_ENDS_AT_18: readonly (readonly [string, number])[] = [
  ["E17", 3],
  ["E5", 5],
  ["E6", 1],
];

/** Missing episode kind (MISSING, rule 1006). */
export const MISSING_KINDS: readonly (readonly [string, number])[] = [
  ["M", 3],
  ["A", 2],
];

/** SW_REASON (rule SW13STG1; from 2023-24) for a change of social worker. */
export const SW_CHANGE_REASONS: readonly (readonly [string, number])[] = [
  ["MANAGE", 20],
  ["LEFTRL", 35],
  ["ORGRST", 8],
  ["TSPROC", 15],
  ["ABSENC", 8],
  ["CHCHAN", 3],
  ["PCCHAN", 3],
  ["OTHERS", 8],
];

/** Care leavers' accommodation (ACCOM, rule 133): suitable (digit 1) settings, not with former foster
 * carers (rule 3001 concerns that around the 17th birthday). */
export const CARE_LEAVER_ACCOMMODATION: readonly (readonly [string, number])[] = [
  ["B1", 20],
  ["D1", 15],
  ["E1", 10],
  ["K1", 5],
  ["T1", 5],
  ["U1", 40],
];

/** Care leavers' activity (ACTIV, rule 132; F4/P4/F5/P5 since 2021-22). */
export const CARE_LEAVER_ACTIVITY: readonly (readonly [string, number])[] = [
  ["F1", 8],
  ["P1", 2],
  ["F2", 20],
  ["P2", 4],
  ["F4", 5],
  ["F5", 20],
  ["P5", 8],
  ["G4", 8],
  ["G5", 20],
  ["G6", 5],
];

/** SDQ reasons (SDQ_REASON, rule 196) used when a score is missing for a child who should have one. */
export const SDQ_REASONS: readonly string[] = ["SDQ2", "SDQ3", "SDQ4", "SDQ5"];

/** Adopters: number, sex and legal status that agree with each other (rules 511, 514, 517-520, 524). */
export const ADOPTERS: readonly (readonly [readonly [nb: string, sex: string, ls: string], number])[] = [
  [["2", "MF", "L11"], 60],
  [["2", "MF", "L3"], 10],
  [["2", "MM", "L12"], 5],
  [["2", "FF", "L2"], 5],
  [["1", "F1", "L0"], 15],
  [["1", "M1", "L0"], 5],
];

/** Postcode areas the synthetic postcodes use (real area letters, made-up districts and units). */
export const POSTCODE_AREAS: readonly string[] = [
  "B",
  "BS",
  "E",
  "L",
  "LS",
  "M",
  "N",
  "NE",
  "S",
  "SE",
  "BD",
  "NG",
  "LE",
];
