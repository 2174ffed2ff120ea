import type { TableName } from "./table-name";

/**
 * One record of a table as read: column name to cell text exactly as the council sent it (dates stay
 * `dd/mm/yyyy`), with an empty cell as `null`. Rules read these, as the DfE's checks are defined on
 * the return's own fields; mapping to the placements model is a separate step.
 */
export type RawRow = Readonly<Record<string, string | null>>;

/** The tables of one return; a table the council did not send is absent. */
export type ReturnTables = { readonly [T in TableName]?: readonly RawRow[] };

/** Where a table came from, so an issue can name the file and line of a record. */
export interface TableOrigin {
  /** The file name as given to the reader (never a path into someone else's system). */
  readonly file: string;
  /** For each record, in order, the 1-based line of the file it starts on. */
  readonly lines: readonly number[];
}

/** One year's SSDA903 return as read from CSV or XML. */
export interface Ssda903Return {
  readonly tables: ReturnTables;
  readonly origins?: { readonly [T in TableName]?: TableOrigin };
}
