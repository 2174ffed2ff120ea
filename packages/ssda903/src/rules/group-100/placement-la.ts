import type { Ssda903Row } from "../../tables/raw-return";
import type { RuleContext } from "../rule-context";

/**
 * The local authority a placement is in: the derived `PL_LA` column when the return carries it (the
 * Python validator derives it from the placement postcode), else the postcode lookup's answer for
 * `PL_POST`; `undefined` when neither is known.
 */
export function placementLa(
  ctx: RuleContext<"Episodes">,
  row: Ssda903Row<"Episodes">,
): string | null | undefined {
  if (Object.hasOwn(row, "PL_LA")) return row.PL_LA;
  const postcode = row.PL_POST;
  if (postcode == null || !ctx.postcodes) return undefined;
  return ctx.postcodes(postcode)?.laCode ?? null;
}
