/**
 * The twelve tables of the SSDA903 return, by the names the DfE's own tools and the open-source
 * validator use (data-to-insight/csc-validator-be-903 `config.py`). `SWEpisodes` joined in 2023-24 and
 * `DoLo` (deprivation of liberty orders) in 2026-27.
 */
export const TABLE_NAMES = [
  "Header",
  "Episodes",
  "Reviews",
  "UASC",
  "OC2",
  "OC3",
  "AD1",
  "PlacedAdoption",
  "PrevPerm",
  "Missing",
  "SWEpisodes",
  "DoLo",
] as const;

/** One table of the SSDA903 return. */
export type TableName = (typeof TABLE_NAMES)[number];

/** True when `name` is one of the twelve SSDA903 table names. */
export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}
