import { PlacementType, ReasonEpisodeCeased } from "@childrens-social-care/placements";
import type { KinshipArrangementType } from "../arrangement/arrangement-type";

// The SSDA903 (DfE looked-after children return) codes that record kinship care, and the kinship
// arrangement each records. The codes' labels and years come from the placements package's code lists,
// so they are stated once. Labels and validity: DfE SSDA903 guidance, PLACE and REC
// code lists, as tabled in /work/shared/reference/ssda903.md (sources [PATCH], [903] rule 149, [LIIA]).

/** One SSDA903 code that records a kinship arrangement. */
export interface Ssda903KinshipCode {
  readonly code: "U1" | "U2" | "U3" | "E41" | "E45" | "E47";
  /** `PLACE`: the placement type of an episode; `REC`: the reason an episode ceased. */
  readonly field: "PLACE" | "REC";
  readonly label: string;
  /** The arrangement the code records: during care (PLACE) or the one the child left care to (REC). */
  readonly arrangementType: KinshipArrangementType;
  /** First collection year the code is valid; absent when valid in all years covered. */
  readonly from?: string;
  readonly source: string;
}

const PLACE = "DfE SSDA903 guidance, PLACE (placement type), valid all years";
const REC = "DfE SSDA903 guidance, REC (reason episode ceased)";

/**
 * Kinship foster placement codes U1-U3 map to kinship foster care (the child is looked after); leaving
 * care codes E41 (child arrangements order), E45 and E47 (special guardianship to relatives or friends)
 * map to the order the child left care under. E46 and E48 (SGO to carers who are not relatives or
 * friends) are not kinship and are deliberately absent.
 */
const ROWS: readonly Omit<Ssda903KinshipCode, "label">[] = [
  {
    code: "U1",
    field: "PLACE",
    arrangementType: "kinship-foster-care",
    source: PLACE,
  },
  {
    code: "U2",
    field: "PLACE",
    arrangementType: "kinship-foster-care",
    source: PLACE,
  },
  {
    code: "U3",
    field: "PLACE",
    arrangementType: "kinship-foster-care",
    source: PLACE,
  },
  {
    code: "E41",
    field: "REC",
    arrangementType: "child-arrangements-order",
    source: `${REC}, valid all years`,
  },
  {
    code: "E45",
    field: "REC",
    arrangementType: "special-guardianship-order",
    from: "2018-19",
    source: `${REC}, from 2018-19 (replaced E43/E44)`,
  },
  {
    code: "E47",
    field: "REC",
    arrangementType: "special-guardianship-order",
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

/** The kinship arrangement type an SSDA903 PLACE or REC code records, or `undefined` for other codes. */
export function arrangementTypeOfSsda903Code(code: string): KinshipArrangementType | undefined {
  return BY_CODE.get(code)?.arrangementType;
}

/** The SSDA903 codes that may record an arrangement type (e.g. U1-U3 for kinship foster care). */
export function ssda903CodesOf(type: KinshipArrangementType): Ssda903KinshipCode[] {
  return SSDA903_KINSHIP_CODES.filter((row) => row.arrangementType === type);
}
