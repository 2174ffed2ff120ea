// Pairs of this year's and last year's UASC records, for rules 205A–205C.
import type { Ssda903Row } from "../../tables/raw-return";
import type { FlagOn } from "../rule";
import type { RuleContext } from "../rule-context";
import { uascChildrenOf } from "../shared/uasc-status";

const NONE: ReadonlySet<string> = new Set();

/** One UASC record of this year with, when there is one, the child's UASC record of last year. */
export interface UascPair {
  readonly now: Ssda903Row<"UASC">;
  readonly uascNow: boolean;
  /** Last year's UASC record of the child, if any. */
  readonly last: Ssda903Row<"UASC"> | undefined;
  /** True when last year's return shows the child as UASC and has a UASC record for them. */
  readonly uascLast: boolean;
}

/**
 * Flags each UASC record of this year (and the child's Header records, when the Header was sent) for
 * which `bad` holds against the child's UASC record of last year (or against no record). Runs only when
 * last year's return has a UASC table.
 */
export function* flagUascPairs(
  ctx: RuleContext<"UASC" | "Header">,
  bad: (pair: UascPair) => boolean,
): Generator<FlagOn<"UASC" | "Header">> {
  const previous = ctx.previous;
  if (!previous?.has("UASC")) return;
  const nowUasc = uascChildrenOf(ctx, "beyond-dob") ?? NONE;
  const lastUasc = uascChildrenOf(previous, "beyond-dob") ?? NONE;
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
