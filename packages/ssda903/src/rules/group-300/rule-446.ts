import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";

/** 1 December 2005: placement orders (LS E1) came in with the Adoption and Children Act 2002. */
const FIRST_PLACEMENT_ORDER_DAY = epochDayOf(2005, 12, 1);

/**
 * 446: legal status E1 (placement order) is not valid for an episode starting before December 2005.
 * DfE SSDA903 validation rule 446 (Episodes.LS, Episodes.DECOM).
 */
export const rule446 = defineRule({
  code: "446",
  tables: ["Episodes"],
  fields: ["LS", "DECOM"],
  severity: "error",
  message: "Legal status E1 (placement order) cannot be used for an episode starting before December 2005.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]?.LS !== "E1") continue;
      const start = ctx.date(rows[i]?.DECOM);
      if (start !== undefined && start < FIRST_PLACEMENT_ORDER_DAY)
        yield { table: "Episodes", row: i, field: "LS" };
    }
  },
});
