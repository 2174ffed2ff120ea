import { stringify } from "csv-stringify/sync";
import type { RawRow } from "../tables/raw-return";
import { TABLE_COLUMNS } from "../tables/table-columns";
import type { TableName } from "../tables/table-name";

/**
 * File names the writer gives each table: those of the open-source validator's fake return
 * (csc-validator-be-903 `tests/fake_data/`), so the output looks like what councils and the tool
 * already exchange. The reader does not rely on them: tables are recognised by their columns.
 */
export const CSV_FILE_NAMES: Readonly<Record<TableName, string>> = {
  Header: "header.csv",
  Episodes: "episodes.csv",
  Reviews: "reviews.csv",
  UASC: "uasc.csv",
  OC2: "oc2.csv",
  OC3: "oc3.csv",
  AD1: "ad1.csv",
  PlacedAdoption: "placed_for_adoption.csv",
  PrevPerm: "previous_permanence.csv",
  Missing: "missing.csv",
  SWEpisodes: "sw_episodes.csv",
  DoLo: "dolo.csv",
};

/**
 * Writes one table as CSV text: the DfE's columns in the DfE's order (`TABLE_COLUMNS`), a blank cell
 * for `null`, other keys of a row (such as the derived Header `UASC`) left out. Lines end with CRLF,
 * as RFC 4180 and the Windows tools councils open the files in expect; csv-stringify quotes a cell
 * only when it holds a comma, a quote or a line break. No byte order mark is written.
 */
export function writeCsvTable(table: TableName, rows: readonly RawRow[]): string {
  const columns = TABLE_COLUMNS[table].columns;
  const records: string[][] = [columns.slice()];
  for (const row of rows) records.push(columns.map((c) => row[c] ?? ""));
  return stringify(records, { record_delimiter: "windows" });
}
