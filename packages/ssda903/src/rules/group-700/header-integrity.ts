import type { RawRow } from "../../tables/raw-return";
import type { TableName } from "../../tables/table-name";
import type { FlagOn } from "../rule";
import type { RuleContext } from "../rule-context";

// Every table has CHILD and these helpers work on any of them, so they read rows as plain records.
const cells = (rows: readonly object[]) => rows as readonly RawRow[];

/**
 * Shared checks of the DfE's "internal" (INT) rules: every table's CHILD must be a child of the
 * Header, the copies of DOB and SEX that other tables carry must agree with the Header, and a child
 * may appear once only in the one-row-per-child tables. The DfE's own INT rules compare each table
 * with the Header the same way, so the comparison is written once here.
 */

/** Rows of `table` whose CHILD has no Header record. */
export function* childrenMissingFromHeader<N extends TableName>(
  ctx: RuleContext<"Header" | N>,
  table: N,
): Generator<FlagOn<N>> {
  // By child number (the context numbers children once across tables): a child is in the Header
  // when its range of Header rows is not empty. No string lookup per row.
  const header = ctx.ranges("Header").start;
  const { childOf } = ctx.ranges(table);
  for (let i = 0; i < childOf.length; i++) {
    const c = childOf[i] as number;
    const inHeader = c + 1 < header.length && (header[c + 1] as number) > (header[c] as number);
    if (!inHeader) yield { table, row: i, field: "CHILD" } as FlagOn<N>;
  }
}

/**
 * Rows of `table` whose `field` differs from the same child's Header `field` (any Header record of
 * the child, when the Header repeats a child). A blank (or, for dates, unreadable) value on either
 * side is not compared: other rules report missing and invalid values.
 */
export function* differsFromHeader<N extends TableName>(
  ctx: RuleContext<"Header" | N>,
  table: N,
  field: "DOB" | "SEX",
): Generator<FlagOn<N>> {
  const header = ctx.table("Header");
  const { order, start } = ctx.ranges("Header");
  const { childOf } = ctx.ranges(table);
  const rows = cells(ctx.table(table));
  // Dates are compared as epoch days from the shared parsed columns (NaN when blank or unreadable);
  // codes as the text read.
  const mineCol = field === "DOB" ? ctx.dates(table, field as never) : undefined;
  const theirsCol = field === "DOB" ? ctx.dates("Header", "DOB") : undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r) continue;
    const mine = mineCol ? mineCol[i] : r[field];
    if (mine == null || Number.isNaN(mine)) continue;
    const c = childOf[i] as number;
    if (c + 1 >= start.length) continue;
    for (let k = start[c] as number; k < (start[c + 1] as number); k++) {
      const h = order[k] as number;
      const theirs = theirsCol ? theirsCol[h] : header[h]?.[field];
      if (theirs != null && !Number.isNaN(theirs) && theirs !== mine) {
        yield { table, row: i, field } as FlagOn<N>;
        break;
      }
    }
  }
}

/** Rows of `table` whose CHILD appears on more than one row (a blank CHILD is not counted). */
export function* repeatedChildren<N extends TableName>(ctx: RuleContext<N>, table: N): Generator<FlagOn<N>> {
  const rows = cells(ctx.table(table));
  for (const [child, list] of ctx.rowsByChild(table)) {
    if (list.length < 2) continue;
    for (const i of list)
      if (rows[i]?.["CHILD"] != null && child !== "") yield { table, row: i, field: "CHILD" } as FlagOn<N>;
  }
}
