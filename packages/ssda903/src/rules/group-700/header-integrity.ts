import type { TableName } from "../../tables/table-name";
import type { RuleFlag } from "../rule";
import type { RuleContext } from "../rule-context";

/**
 * Shared checks of the DfE's "internal" (INT) rules: every table's CHILD must be a child of the
 * Header, the copies of DOB and SEX that other tables carry must agree with the Header, and a child
 * may appear once only in the one-row-per-child tables. The DfE's own INT rules compare each table
 * with the Header the same way, so the comparison is written once here.
 */

/** Rows of `table` whose CHILD has no Header record. */
export function* childrenMissingFromHeader(ctx: RuleContext, table: TableName): Generator<RuleFlag> {
  const header = ctx.rowsByChild("Header");
  const rows = ctx.table(table);
  for (let i = 0; i < rows.length; i++) {
    if (!header.has(rows[i]?.CHILD ?? "")) yield { table, row: i, field: "CHILD" };
  }
}

/**
 * Rows of `table` whose `field` differs from the same child's Header `field` (any Header record of
 * the child, when the Header repeats a child). A blank (or, for dates, unreadable) value on either
 * side is not compared: other rules report missing and invalid values.
 */
export function* differsFromHeader(
  ctx: RuleContext,
  table: TableName,
  field: "DOB" | "SEX",
): Generator<RuleFlag> {
  const header = ctx.table("Header");
  const headerRows = ctx.rowsByChild("Header");
  const rows = ctx.table(table);
  // Dates are compared as epoch days from the shared parsed columns; codes as the text read.
  const mineCol = field === "DOB" ? ctx.dates(table, field) : undefined;
  const theirsCol = field === "DOB" ? ctx.dates("Header", field) : undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r) continue;
    const mine = mineCol ? mineCol[i] : r[field];
    if (mine == null) continue;
    const matches = headerRows.get(r.CHILD ?? "");
    if (!matches) continue;
    for (const h of matches) {
      const theirs = theirsCol ? theirsCol[h] : header[h]?.[field];
      if (theirs != null && theirs !== mine) {
        yield { table, row: i, field };
        break;
      }
    }
  }
}

/** Rows of `table` whose CHILD appears on more than one row (a blank CHILD is not counted). */
export function* repeatedChildren(ctx: RuleContext, table: TableName): Generator<RuleFlag> {
  const rows = ctx.table(table);
  for (const [child, list] of ctx.rowsByChild(table)) {
    if (list.length < 2) continue;
    for (const i of list) if (rows[i]?.CHILD != null && child !== "") yield { table, row: i, field: "CHILD" };
  }
}
