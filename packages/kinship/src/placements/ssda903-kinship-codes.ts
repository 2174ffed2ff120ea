import type { KinshipArrangementType } from "../arrangement/arrangement-type";

// The SSDA903 (DfE looked-after children return) codes that record kinship care, as string literals so
// this package does not depend on the placements package (built in parallel; a cross-check test between
// the two belongs where both are available). Labels and validity: DfE SSDA903 guidance, PLACE and REC
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
export const SSDA903_KINSHIP_CODES: readonly Ssda903KinshipCode[] = [
  {
    code: "U1",
    field: "PLACE",
    label: "Foster placement with relative(s) or friend(s) – long term fostering",
    arrangementType: "kinship-foster-care",
    source: PLACE,
  },
  {
    code: "U2",
    field: "PLACE",
    label:
      "Fostering placement with relative(s) or friend(s) who is/are also approved adopter(s) – FFA/concurrent planning",
    arrangementType: "kinship-foster-care",
    source: PLACE,
  },
  {
    code: "U3",
    field: "PLACE",
    label:
      "Fostering placement with relative(s) or friend(s) who is/are not long-term or FFA/concurrent planning",
    arrangementType: "kinship-foster-care",
    source: PLACE,
  },
  {
    code: "E41",
    field: "REC",
    label:
      "Residence order (or, from 22 April 2014, a child arrangements order setting out with whom the child is to live) granted",
    arrangementType: "child-arrangements-order",
    source: `${REC}, valid all years`,
  },
  {
    code: "E45",
    field: "REC",
    label: "SGO made to former foster carer(s) who was/are relative(s) or friend(s)",
    arrangementType: "special-guardianship-order",
    from: "2018-19",
    source: `${REC}, from 2018-19 (replaced E43/E44)`,
  },
  {
    code: "E47",
    field: "REC",
    label: "SGO made to carer(s), other than former foster carer(s), who was/are relative(s) or friend(s)",
    arrangementType: "special-guardianship-order",
    from: "2018-19",
    source: `${REC}, from 2018-19 (replaced E43/E44)`,
  },
];

const BY_CODE = new Map(SSDA903_KINSHIP_CODES.map((row) => [row.code as string, row]));

/** The kinship arrangement type an SSDA903 PLACE or REC code records, or `undefined` for other codes. */
export function arrangementTypeOfSsda903Code(code: string): KinshipArrangementType | undefined {
  return BY_CODE.get(code)?.arrangementType;
}

/** The SSDA903 codes that may record an arrangement type (e.g. U1-U3 for kinship foster care). */
export function ssda903CodesOf(type: KinshipArrangementType): Ssda903KinshipCode[] {
  return SSDA903_KINSHIP_CODES.filter((row) => row.arrangementType === type);
}
