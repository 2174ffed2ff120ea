import type { Ssda903Row } from "../../tables/raw-return";
import type { ColumnIn, FlagOn } from "../rule";
import type { RuleContext } from "../rule-context";
import { continuouslyLookedAfter } from "./continuously-looked-after";

/**
 * The OC2 rows (outcomes for children looked after for the whole year) of children who were looked
 * after continuously for the year and have a real date of birth, flagged on `field` where `breaks`
 * holds. The age-banded OC2 rules (543, 545, 546) differ only in the field and the age test.
 */
export function* oc2CohortFlags(
  ctx: RuleContext<"OC2" | "Episodes">,
  field: ColumnIn<"OC2">,
  breaks: (row: Ssda903Row<"OC2">, dateOfBirth: number) => boolean,
): Generator<FlagOn<"OC2">> {
  const looked = continuouslyLookedAfter(ctx);
  const rows = ctx.table("OC2");
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r || !looked.has(r.CHILD ?? "")) continue;
    const dob = ctx.date(r.DOB);
    if (dob !== undefined && breaks(r, dob)) yield { table: "OC2", row: i, field };
  }
}
