import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";

/** 31 December 2005: freeing orders (LS D1) were replaced by placement orders (Adoption and Children Act 2002). */
const LAST_FREEING_ORDER_DAY = epochDayOf(2005, 12, 31);

/**
 * 445: legal status D1 (freed for adoption) is not valid for an episode starting after December 2005.
 * In force until 2023-24.
 * DfE SSDA903 validation rule 445 (Episodes.LS, Episodes.DECOM).
 */
export const rule445 = defineRule({
  code: "445",
  until: "2023-24",
  tables: ["Episodes"],
  fields: ["LS", "DECOM"],
  severity: "error",
  message: "Legal status D1 (freed for adoption) cannot be used for an episode starting after December 2005.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]?.LS !== "D1") continue;
      const start = ctx.date(rows[i]?.DECOM);
      if (start !== undefined && start > LAST_FREEING_ORDER_DAY)
        yield { table: "Episodes", row: i, field: "LS" };
    }
  },
});
