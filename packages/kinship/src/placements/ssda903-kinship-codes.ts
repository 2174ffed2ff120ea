import { PlacementType, ReasonEpisodeCeased } from "@childrens-social-care/placements";
import type { KinshipArrangementType } from "../arrangement/arrangement-type";
import { KinshipCarerRelationship } from "../arrangement/carer";

// The SSDA903 (DfE looked-after children return) codes that record kinship care, and the kinship
// arrangement each records. The codes' labels and years come from the placements package's code lists,
// so they are stated once. Labels and validity: DfE SSDA903 guidance, PLACE and REC
// code lists, as tabled in /work/shared/reference/ssda903.md (sources [PATCH], [903] rule 149, [LIIA]).

/** Whether an SSDA903 code records kinship care by itself, or only when the carer is connected. */
export type Ssda903KinshipCertainty = "kinship" | "possibly-kinship";

/** One SSDA903 code that records (or may record) a kinship arrangement. */
export interface Ssda903KinshipCode {
  readonly code: "U1" | "U2" | "U3" | "E41" | "E45" | "E47";
  /** `PLACE`: the placement type of an episode; `REC`: the reason an episode ceased. */
  readonly field: "PLACE" | "REC";
  readonly label: string;
  /** The arrangement the code records: during care (PLACE) or the one the child left care to (REC). */
  readonly arrangementType: KinshipArrangementType;
  /**
   * `kinship` when the code itself says the carers are relatives or friends; `possibly-kinship` when the
   * code covers carers who are not (E41: a child arrangements order to anyone), so the carer's
   * relationship decides.
   */
  readonly kinship: Ssda903KinshipCertainty;
  /** First collection year the code is valid; absent when valid in all years covered. */
  readonly from?: string;
  readonly source: string;
}

const PLACE = "DfE SSDA903 guidance, PLACE (placement type), valid all years";
const REC = "DfE SSDA903 guidance, REC (reason episode ceased)";

/**
 * Kinship foster placement codes U1-U3 map to kinship foster care (the child is looked after); leaving
 * care codes E45 and E47 (special guardianship to relatives or friends) map to the order the child left
 * care under. E46 and E48 (SGO to carers who are not relatives or friends) are not kinship and are
 * deliberately absent.
 *
 * E41 is only possibly kinship. Its label is "Residence order (or, from 22 April 2014, a child arrangements
 * order setting out with whom the child is to live) granted": the order may name anyone, including
 * unrelated former foster carers, so counting every E41 as kinship overcounts (a council reviewer's
 * finding). Unlike the SGO codes, REC has no relatives-or-friends split for these orders, so the carer's
 * relationship to the child, from the council's own record, decides.
 */
const ROWS: readonly Omit<Ssda903KinshipCode, "label">[] = [
  {
    code: "U1",
    field: "PLACE",
    arrangementType: "kinship-foster-care",
    kinship: "kinship",
    source: PLACE,
  },
  {
    code: "U2",
    field: "PLACE",
    arrangementType: "kinship-foster-care",
    kinship: "kinship",
    source: PLACE,
  },
  {
    code: "U3",
    field: "PLACE",
    arrangementType: "kinship-foster-care",
    kinship: "kinship",
    source: PLACE,
  },
  {
    code: "E41",
    field: "REC",
    arrangementType: "child-arrangements-order",
    kinship: "possibly-kinship",
    source: `${REC}, valid all years; kinship only when the carers are relatives or friends`,
  },
  {
    code: "E45",
    field: "REC",
    arrangementType: "special-guardianship-order",
    kinship: "kinship",
    from: "2018-19",
    source: `${REC}, from 2018-19 (replaced E43/E44)`,
  },
  {
    code: "E47",
    field: "REC",
    arrangementType: "special-guardianship-order",
    kinship: "kinship",
    from: "2018-19",
    source: `${REC}, from 2018-19 (replaced E43/E44)`,
  },
];

/** The codes with their DfE labels (from the placements package's `PlacementType` and `ReasonEpisodeCeased`). */
export const SSDA903_KINSHIP_CODES: readonly Ssda903KinshipCode[] = ROWS.map((row) => ({
  ...row,
  // Every code here is in its list (a test checks), so the fallback never shows.
  label:
    (row.field === "PLACE" ? PlacementType.labelOf(row.code) : ReasonEpisodeCeased.labelOf(row.code)) ??
    row.code,
}));

const BY_CODE = new Map(SSDA903_KINSHIP_CODES.map((row) => [row.code as string, row]));

/** How the carers named by an order are connected to the child: a kinship relationship, or none. */
export type CarerConnection = KinshipCarerRelationship | "not-connected";

/**
 * The kinship arrangement type an SSDA903 PLACE or REC code records, or `undefined` when it records none.
 * For a code that is only possibly kinship (E41), pass the carer's relationship: it records a kinship
 * arrangement only for carers connected to the child (a relative or friend, or another prior connection
 * in the kinship guidance's sense), and without the relationship the answer is `undefined` (unknown, not
 * counted). A former foster carer who was not connected to the child before fostering is `not-connected`,
 * as the DfE's own SGO codes treat such carers as not kinship (E46, E48).
 *
 * @example
 * arrangementTypeOfSsda903Code("U1"); // "kinship-foster-care"
 * arrangementTypeOfSsda903Code("E41"); // undefined: possibly kinship, the carer decides
 * arrangementTypeOfSsda903Code("E41", "grandparent"); // "child-arrangements-order"
 */
export function arrangementTypeOfSsda903Code(
  code: string,
  carer?: CarerConnection,
): KinshipArrangementType | undefined {
  const row = BY_CODE.get(code);
  if (row === undefined) return undefined;
  if (row.kinship === "kinship") return row.arrangementType;
  return carer !== undefined && KinshipCarerRelationship.has(carer) ? row.arrangementType : undefined;
}

/** Whether a code records kinship care by itself, only possibly (the carer decides), or not at all. */
export function ssda903KinshipCertainty(code: string): Ssda903KinshipCertainty | undefined {
  return BY_CODE.get(code)?.kinship;
}

/** The SSDA903 codes that may record an arrangement type (e.g. U1-U3 for kinship foster care). */
export function ssda903CodesOf(type: KinshipArrangementType): Ssda903KinshipCode[] {
  return SSDA903_KINSHIP_CODES.filter((row) => row.arrangementType === type);
}
