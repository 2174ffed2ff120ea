// Comparing a child's Header record with last year's, for the cross-year rules 202–208.
import type { Ssda903Row } from "../../tables/raw-return";
import type { ColumnIn, FlagOn } from "../rule";
import type { RuleContext } from "../rule-context";

/**
 * Flags each current Header record whose child also has a Header record in last year's return and
 * for which `differs(current, last)` holds for any of them. Needs `ctx.previous` (rules using this
 * declare `needs: ["previous"]`).
 */
export function* headerChangedSinceLastYear(
  ctx: RuleContext<"Header">,
  field: ColumnIn<"Header">,
  differs: (current: Ssda903Row<"Header">, last: Ssda903Row<"Header">) => boolean,
): Generator<FlagOn<"Header">> {
  const previous = ctx.previous;
  if (!previous) return;
  const lastRows = previous.table("Header");
  const lastByChild = previous.rowsByChild("Header");
  const rows = ctx.table("Header");
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const last = lastByChild.get(row.CHILD ?? "");
    if (!last) continue;
    if (
      last.some((j) => {
        const lastRow = lastRows[j];
        return lastRow !== undefined && differs(row, lastRow);
      })
    ) {
      yield { table: "Header", row: i, field };
    }
  }
}
