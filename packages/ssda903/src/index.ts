/**
 * The DfE SSDA903 looked-after children return: read and write it as CSV or XML, and validate it
 * against every rule of the collection year.
 *
 * @packageDocumentation
 */
export type { RawRow, ReturnTables, Ssda903Return, TableOrigin } from "./tables/raw-return";
export { TABLE_COLUMNS, type TableLayout } from "./tables/table-columns";
export { isTableName, TABLE_NAMES, type TableName } from "./tables/table-name";
