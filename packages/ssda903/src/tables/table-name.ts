import type { TableNameOf } from "@childrens-social-care/returns";
import type { SSDA903 } from "./ssda903-return";
import { SSDA903_TABLES } from "./ssda903-tables";

/**
 * The twelve tables of the SSDA903 return, by the names the DfE's own tools and the open-source
 * validator use (data-to-insight/csc-validator-be-903 `config.py`), from the table definitions.
 * `SWEpisodes` joined in 2023-24 and `DoLo` (deprivation of liberty orders) in 2026-27.
 */
export const TABLE_NAMES = SSDA903_TABLES.map((t) => t.name) as readonly TableName[];

/** One table of the SSDA903 return. */
export type TableName = TableNameOf<typeof SSDA903>;

const NAMES: ReadonlySet<string> = new Set(TABLE_NAMES);

/** True when `name` is one of the twelve SSDA903 table names. */
export function isTableName(name: string): name is TableName {
  return NAMES.has(name);
}
