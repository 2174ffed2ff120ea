// Who was an unaccompanied asylum-seeking child (UASC) this year and last, for rules 205A–205D.
import type { RawRow } from "../../tables/raw-return";
import type { RuleFlag } from "../rule";
import type { RuleContext, YearTables } from "../rule-context";

/**
 * The children one year's return shows as UASC. An XML return says so in the Header's UASC item
 * (1 = UASC); a CSV return has no such item, and a child counts as UASC when their UASC record has
 * anything other than the child's identifier and date of birth (the DfE CSV layout; the Python
 * validator derives the Header's UASC item the same way).
 */
export function uascChildrenOf(tables: YearTables): ReadonlySet<string> {
  const out = new Set<string>();
  const header = tables.table("Header");
  if (tables.has("Header") && header[0] && Object.hasOwn(header[0], "UASC")) {
    for (const row of header) if (row.UASC === "1" && row.CHILD != null) out.add(row.CHILD);
    return out;
  }
  for (const row of tables.table("UASC")) {
    if (row.CHILD == null) continue;
    const hasData = Object.entries(row).some(([c, v]) => c !== "CHILD" && c !== "DOB" && v != null);
    if (hasData) out.add(row.CHILD);
  }
  return out;
}

/** One UASC record of this year with, when there is one, the child's UASC record of last year. */
export interface UascPair {
  readonly now: RawRow;
  readonly uascNow: boolean;
  /** Last year's UASC record of the child, if any. */
  readonly last: RawRow | undefined;
  /** True when last year's return shows the child as UASC and has a UASC record for them. */
  readonly uascLast: boolean;
}

/**
 * Flags each UASC record of this year (and the child's Header records, when the Header was sent) for
 * which `bad` holds against the child's UASC record of last year (or against no record). Runs only when
 * last year's return has a UASC table.
 */
export function* flagUascPairs(ctx: RuleContext, bad: (pair: UascPair) => boolean): Generator<RuleFlag> {
  const previous = ctx.previous;
  if (!previous?.has("UASC")) return;
  const nowUasc = uascChildrenOf(ctx);
  const lastUasc = uascChildrenOf(previous);
  const lastRows = previous.table("UASC");
  const lastByChild = previous.rowsByChild("UASC");
  const headerRows = ctx.has("Header") ? ctx.rowsByChild("Header") : undefined;
  const rows = ctx.table("UASC");
  for (let i = 0; i < rows.length; i++) {
    const now = rows[i];
    if (!now) continue;
    const child = now.CHILD ?? "";
    const uascNow = nowUasc.has(child);
    const lasts = lastByChild.get(child)?.map((j) => lastRows[j]) ?? [undefined];
    const flagged = lasts.some((last) =>
      bad({ now, uascNow, last, uascLast: last !== undefined && lastUasc.has(child) }),
    );
    if (!flagged) continue;
    yield { table: "UASC", row: i, field: "DUC" };
    for (const h of headerRows?.get(child) ?? []) yield { table: "Header", row: h, field: "UASC" };
  }
}
