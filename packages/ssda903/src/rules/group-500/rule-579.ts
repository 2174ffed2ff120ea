import { defineRule } from "../rule";
import { sortedByDate } from "../shared/sorted-by-date";

/**
 * 579: a child's decisions to place for adoption must not overlap: taken in order of decision date, a
 * decision is flagged when the one before it has no readable date ceased, or ceased after this one was
 * made.
 * DfE SSDA903 validation rule 579 (PlacedAdoption: DATE_PLACED, DATE_PLACED_CEASED).
 */
export const rule579 = defineRule({
  code: "579",
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED", "DATE_PLACED_CEASED"],
  severity: "error",
  message:
    "A new decision to place the child for adoption starts while the previous one is still open or before it ceased; check the dates.",
  *check(ctx) {
    const rows = ctx.table("PlacedAdoption");
    const decided = (i: number) => ctx.date(rows[i]?.DATE_PLACED);
    for (const list of ctx.rowsByChild("PlacedAdoption").values()) {
      if (list.length < 2) continue;
      const ordered = sortedByDate(list, decided);
      for (let k = 1; k < ordered.length; k++) {
        const cur = ordered[k] as number;
        const previousCeased = ctx.date(rows[ordered[k - 1] as number]?.DATE_PLACED_CEASED);
        const start = decided(cur);
        if (previousCeased === undefined || (start !== undefined && start < previousCeased)) {
          yield { table: "PlacedAdoption", row: cur, field: "DATE_PLACED" };
        }
      }
    }
  },
});
