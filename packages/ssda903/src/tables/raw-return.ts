import type { ReturnTables as EngineTables, ReturnRow, TableOrigin } from "@childrens-social-care/returns";
import type { SSDA903 } from "./ssda903-return";
import type { TableName } from "./table-name";

export type { TableOrigin } from "@childrens-social-care/returns";

/**
 * One record of a table as read: column name to cell text exactly as the council sent it (dates stay
 * `dd/mm/yyyy`), with an empty cell as `null`. Readers and writers handle any table's records with
 * this; rules read the typed rows of `Ssda903Row`, which name exactly the columns of their table.
 */
export type RawRow = Readonly<Record<string, string | null>>;

/** A typed record of one SSDA903 table (its columns, derived ones included). */
export type Ssda903Row<T extends TableName> = ReturnRow<typeof SSDA903, T>;

/** The tables of one return; a table the council did not send is absent. */
export type ReturnTables = EngineTables<typeof SSDA903>;

/** One year's SSDA903 return as read from CSV or XML. */
export interface Ssda903Return {
  readonly tables: ReturnTables;
  readonly origins?: { readonly [T in TableName]?: TableOrigin };
}
