// The Ofsted URN rules (219–229): which episodes name a provider, and what the provider lists say.
import type { Ssda903Row } from "../../tables/raw-return";
import type { ColumnIn, FlagOn } from "../rule";
import type { ProviderInfo, RuleContext } from "../rule-context";

/** The placeholder URN the DfE allows when the provider's URN is not known. */
export const URN_NOT_KNOWN = "XXXXXXX";

/**
 * Flags each episode that gives a real Ofsted URN (not blank, not XXXXXXX) for which `bad` holds,
 * given what the provider lists say about that URN (`undefined` when the URN is not in them).
 */
export function* flagEpisodesWithUrn(
  ctx: RuleContext<"Episodes">,
  field: ColumnIn<"Episodes">,
  bad: (row: Ssda903Row<"Episodes">, provider: ProviderInfo | undefined) => boolean,
): Generator<FlagOn<"Episodes">> {
  const providers = ctx.providers;
  if (!providers) return;
  const rows = ctx.table("Episodes");
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || row.URN == null || row.URN === URN_NOT_KNOWN) continue;
    if (bad(row, providers.get(row.URN))) yield { table: "Episodes", row: i, field };
  }
}
