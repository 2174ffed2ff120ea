/**
 * One row of a code list: a statutory or project code with its label and provenance.
 *
 * `from` and `until` bound the period in which the code is valid. Each is either a collection year
 * (`"2024-25"`: from its 1 April, or until its 31 March) or an ISO date (`"2023-10-27"`), and both ends
 * are inclusive: `until` names the *last* year or day on which the code may be used. A row without
 * `from` has always been valid; a row without `until` is still valid. Retired codes stay in the table
 * with `until`, so a validator can tell "unknown code" from "code retired in 2023".
 */
export interface CodeListRow {
  /** The code as it is exchanged; statutory codes keep their statutory spelling (`"U1"`, `"E45"`). */
  readonly code: string;
  /** A short human-readable label. */
  readonly label: string;
  /** Optional longer explanation. */
  readonly description?: string;
  /** First collection year (`"2024-25"`) or ISO date on which the code is valid. */
  readonly from?: string;
  /** Last collection year (`"2017-18"`) or ISO date on which the code is valid. */
  readonly until?: string;
  /** Where the code and its label come from: the statute, guidance or data specification, with year. */
  readonly source: string;
  /**
   * The code's wording over time, when the issuing body changed what the code stands for without
   * changing the code (the DfE re-described SSDA903 H5 from 28 October 2023). Each period carries its
   * own source; `label` stays the current wording. `from`/`until` work as on the row, inclusive.
   */
  readonly labels?: readonly CodeLabelPeriod[];
}

/** One period in which a code carried a given label, with the source of that wording. */
export interface CodeLabelPeriod {
  readonly label: string;
  /** First collection year or ISO date of this wording; absent when it is the code's first. */
  readonly from?: string;
  /** Last collection year or ISO date of this wording; absent while it is current. */
  readonly until?: string;
  readonly source: string;
}

/** Whether a code may be used in a given period. */
export type CodeStatus = "valid" | "not-yet-valid" | "retired" | "unknown";
