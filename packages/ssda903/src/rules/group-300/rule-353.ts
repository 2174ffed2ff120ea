import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";

/** 14 October 1991, when the Children Act 1989 came into force; the return holds no earlier episode. */
const CHILDREN_ACT_IN_FORCE = epochDayOf(1991, 10, 14);

/**
 * 353: no episode may start before 14 October 1991.
 * DfE SSDA903 validation rule 353 (Episodes.DECOM).
 */
export const rule353 = defineRule({
  code: "353",
  tables: ["Episodes"],
  fields: ["DECOM"],
  severity: "error",
  message: "The episode starts before 14 October 1991, which the return cannot hold; check the start date.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    const decomDays = ctx.dates("Episodes", "DECOM");
    for (let i = 0; i < rows.length; i++) {
      const start = decomDays[i] as number;
      if (start < CHILDREN_ACT_IN_FORCE) yield { table: "Episodes", row: i, field: "DECOM" };
    }
  },
});
