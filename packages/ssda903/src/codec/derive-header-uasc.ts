import type { RawRow } from "../tables/raw-return";

/**
 * Adds the derived `UASC` flag to Header rows: `"1"` when the child has a row in the UASC table,
 * `"0"` otherwise. The CSV return has no UASC column in Header; the DfE's checks and the open-source
 * validator derive it this way at ingest (csc-validator-be-903 `ingress.py::read_csvs_from_text`),
 * and rules such as 205D read it. A new array of new rows is returned.
 */
export function deriveHeaderUasc(header: readonly RawRow[], uasc: readonly RawRow[]): RawRow[] {
  const ids = new Set<string | null>();
  for (const row of uasc) ids.add(row["CHILD"] ?? null);
  return header.map((row) => ({ ...row, UASC: ids.has(row["CHILD"] ?? null) ? "1" : "0" }));
}
