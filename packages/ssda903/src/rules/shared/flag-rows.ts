import type { RawRow } from "../../tables/raw-return";
import type { TableName } from "../../tables/table-name";
import type { RuleFlag } from "../rule";
import type { RuleContext } from "../rule-context";

/** Flags each row of a table for which `bad` is true, naming `field` (one pass, nothing allocated per row). */
export function* flagRows(
  ctx: RuleContext,
  table: TableName,
  field: string,
  bad: (row: RawRow, index: number) => boolean,
): Generator<RuleFlag> {
  const rows = ctx.table(table);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row && bad(row, i)) yield { table, row: i, field };
  }
}
