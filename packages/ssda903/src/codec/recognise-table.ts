import { TABLE_COLUMNS } from "../tables/table-columns";
import { TABLE_NAMES, type TableName } from "../tables/table-name";

/** A header row recognised as one table: its name and, for each position, the DfE column name. */
export interface RecognisedHeader {
  readonly table: TableName;
  readonly columns: readonly string[];
}

/** A header cell as compared: surrounding white space dropped, upper case. */
export function normaliseColumnName(cell: string): string {
  return cell.trim().toUpperCase();
}

const TABLE_BY_KEY: ReadonlyMap<string, TableName> = new Map(
  TABLE_NAMES.map((t) => [[...TABLE_COLUMNS[t].columns].sort().join(","), t] as const),
);

/**
 * Recognises a CSV file's table by its exact set of columns, in any order, as the DfE's tools and the
 * open-source validator do (csc-validator-be-903 `ingress.py::read_csvs_from_text._get_file_type`
 * compares `set(df.columns)` with each table's columns). Header cells are compared after trimming and
 * upper-casing, so `child, Dob` matches. A repeated column, a missing one or an extra one matches no
 * table. Returns `undefined` when the set is unknown.
 */
export function recogniseHeader(cells: readonly string[]): RecognisedHeader | undefined {
  const columns = cells.map(normaliseColumnName);
  if (new Set(columns).size !== columns.length) return undefined;
  const table = TABLE_BY_KEY.get([...columns].sort().join(","));
  return table === undefined ? undefined : { table, columns };
}
