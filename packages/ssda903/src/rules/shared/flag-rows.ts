import type { ColumnOf, ReturnRow, RuleFlag, TableOf } from "@childrens-social-care/returns";
import type { SSDA903 } from "../../tables/ssda903-return";
import type { TableName } from "../../tables/table-name";

type Row<N extends TableName> = ReturnRow<typeof SSDA903, N>;

/**
 * Flags each row of a table for which `bad` is true, naming `field`: one pass, and the flags in an
 * array (the runner reads an array by index, with none of a generator's cost per flag).
 */
export function flagRows<N extends TableName, F extends ColumnOf<TableOf<typeof SSDA903, N>>>(
  ctx: { table(name: N): readonly Row<N>[] },
  table: N,
  field: F,
  bad: (row: Row<N>, index: number) => boolean,
): RuleFlag<N, F, never>[] {
  const rows = ctx.table(table);
  const out: RuleFlag<N, F, never>[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row && bad(row, i)) out.push({ table, row: i, field });
  }
  return out;
}
