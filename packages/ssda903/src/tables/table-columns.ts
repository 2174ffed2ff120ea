import type { CollectionYear } from "@childrens-social-care/core";
import { SSDA903_TABLES } from "./ssda903-tables";
import type { TableName } from "./table-name";

/** The CSV columns of one table and the first collection year the table is part of the return. */
export interface TableLayout {
  readonly columns: readonly string[];
  readonly from?: CollectionYear;
}

/**
 * CSV column sets of each table, in the DfE's order, from the table definitions (`ssda903-tables.ts`).
 * A CSV file is recognised by its exact set of columns, not its name, as the DfE's tools do.
 */
export const TABLE_COLUMNS: Readonly<Record<TableName, TableLayout>> = Object.fromEntries(
  SSDA903_TABLES.map((t) => [t.name, { columns: t.columns, ...(t.from ? { from: t.from } : {}) }]),
) as Record<TableName, TableLayout>;
