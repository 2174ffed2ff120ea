import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/** Legal statuses of youth justice (J1, J2, J3), which need the child to be at least 10. */
const YOUTH_JUSTICE = new Set(["J1", "J2", "J3"]);

/**
 * 358: a child under a youth justice legal status (J1–J3) must have turned 10 before the episode
 * started (the reference validator also flags a start on the 10th birthday).
 * DfE SSDA903 validation rule 358 (Episodes.LS, Episodes.DECOM, Header.DOB).
 */
export const rule358 = defineRule({
  code: "358",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "DOB", "LS"],
  severity: "error",
  message:
    "The child is under a youth justice legal status (J1, J2 or J3) but was not yet over 10 when the episode started.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (!YOUTH_JUSTICE.has(ep?.LS ?? "")) continue;
      const start = ctx.date(ep?.DECOM);
      if (start === undefined) continue;
      for (const h of headerByChild.get(ep?.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && addYearsDay(dob, 10) >= start) {
          yield { table: "Episodes", row: e, field: "LS" };
          yield { table: "Header", row: h, field: "DOB" };
        }
      }
    }
  },
});
