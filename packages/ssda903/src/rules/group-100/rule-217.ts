import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** The rule applies to episodes starting on or after 1 April 2015. */
const FROM = epochDayOf(2015, 4, 1);
const REASONS: ReadonlySet<string> = new Set(["S", "T", "U"]);

/**
 * 217: an episode starting on or after 1 April 2015 in which the child is placed for adoption with
 * their current foster carers (placement type A3 or A5) must have a reason for new episode of S, T or U
 * (the placement, not the carers, changed). DfE SSDA903 validation rule 217 (Episodes.PLACE, DECOM, RNE).
 */
export const rule217 = defineRule({
  code: "217",
  tables: ["Episodes"],
  fields: ["PLACE", "DECOM", "RNE"],
  severity: "error",
  message:
    "A child placed for adoption with their current foster carers (placement type A3 or A5) must have a reason for new episode of S, T or U.",
  check: (ctx) =>
    flagRows(ctx, "Episodes", "RNE", (row) => {
      if (row.PLACE !== "A3" && row.PLACE !== "A5") return false;
      const start = ctx.date(row.DECOM);
      return start !== undefined && start >= FROM && !REASONS.has(row.RNE ?? "");
    }),
});
