import type { IssueLocation, Severity, ValidationIssue } from "@childrens-social-care/core";

/**
 * Rule ids of the problems the reader reports about files (not about the return's content, which is
 * the validation rules' job). Stable, so a caller can filter them.
 */
export const READ_RULES = {
  /** A CSV file whose header row is not the column set of any SSDA903 table. */
  unknownColumns: "903/read/unknown-columns",
  /** A CSV file the CSV parser could not read to the end (e.g. an unclosed quote). */
  csvSyntax: "903/read/csv-syntax",
  /** A record with more or fewer fields than the header row. */
  fieldCount: "903/read/field-count",
  /** An XML file that is not well-formed. */
  xmlSyntax: "903/read/xml-syntax",
  /** A well-formed XML file that is not an SSDA903 return, or an element in the wrong place. */
  xmlStructure: "903/read/xml-structure",
  /** Bytes that are not UTF-8 and were read as Windows-1252, or could not be decoded. */
  encoding: "903/read/encoding",
  /** A file with nothing in it. */
  emptyFile: "903/read/empty-file",
  /** Two files that both hold the same table: the first is kept. */
  duplicateTable: "903/read/duplicate-table",
  /** A date cell that is not a real `dd/mm/yyyy` date (reported by `toChildren`). */
  invalidDate: "903/read/invalid-date",
  /** A record with no CHILD id, which `toChildren` cannot place under a child. */
  missingChildId: "903/read/missing-child-id",
} as const;

/** One of the reader's rule ids. */
export type ReadRule = (typeof READ_RULES)[keyof typeof READ_RULES];

/** Builds a reader issue; `message` must never quote a cell (cells may be personal data). */
export function readIssue(
  rule: ReadRule,
  severity: Severity,
  message: string,
  location: IssueLocation,
  path: (string | number)[] = [],
): ValidationIssue {
  return { rule, severity, message, path, location };
}
