import type { TableName } from "../tables/table-name";

/**
 * Letter case: one decision for every rule. A code is compared exactly as sent, so a code in the wrong
 * case is not the code (`s` is not RNE `S`, `v3` is not LS `V3`), and every rule that asks "is this
 * the code X" or "is this a valid code" answers the same for `s` as for any other unknown value.
 *
 * Why: the DfE defines each code set in capitals (SSDA903 technical specification, "Data dictionary
 * code sets"; e.g. "Children looked after return 2025 to 2026: technical specifications",
 * https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications),
 * and its upload checks a return against its XML schema, whose `xs:enumeration` facets match a value
 * only when it is the same string (W3C XML Schema 1.1 Part 2, 4.3.5 "enumeration"; the DfE's own CIN
 * census schema, `CIN_schema_2024.xsd`, enumerates `WBRI`, `RC1`, ... so `wbri` is rejected). The
 * Python validator upper-cases every cell when it reads a return
 * (csc-validator-be-903 `ingress.py::capitalise_object_dtype_cols`), so it accepts codes the DfE
 * rejects; where that changes a verdict it is listed in `deviations.ts` (kind `"letter-case"`).
 *
 * Before this decision rules 165, 352, 386, 387, 389, 393, 433, 437, 1000, 1001, 3001, 204 and 208
 * upper-cased codes before comparing while 143, 431 and the continuously-looked-after helper did not.
 */
export const LETTER_CASE_DECISION = "exact" as const;

/**
 * The columns that hold codes or coded identifiers (not free dates, postcodes or child ids), by
 * table: the cells the letter-case test rewrites.
 */
export const CODE_COLUMNS: { readonly [T in TableName]: readonly string[] } = {
  Header: ["SEX", "ETHNIC", "UPN"],
  Episodes: ["RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "REC", "REASON_PLACE_CHANGE", "URN"],
  Reviews: ["REVIEW_CODE"],
  UASC: ["SEX"],
  OC2: ["SDQ_REASON"],
  OC3: ["IN_TOUCH", "ACTIV", "ACCOM"],
  AD1: ["SEX_ADOPTR", "LS_ADOPTR"],
  PlacedAdoption: ["REASON_PLACED_CEASED"],
  PrevPerm: ["PREV_PERM", "LA_PERM"],
  Missing: ["MISSING"],
  SWEpisodes: ["SW_ID", "SW_REASON"],
  DoLo: [],
};
