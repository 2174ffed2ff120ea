import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** P2 (independent living) stopped being a placement type after 27 October 2023. */
const LAST_DAY = epochDayOf(2023, 10, 28);

/**
 * 217t: placement type P2 was withdrawn from 28 October 2023 (the Supported Accommodation (England)
 * Regulations 2023 came into force), so a P2 placement must have ended by 28 October 2023; one still
 * open or ending later is an error. In force in 2023-24 only. DfE SSDA903 validation rule 217t
 * (Episodes.PLACE, DEC).
 */
export const rule217t = defineRule({
  code: "217t",
  from: "2023-24",
  until: "2023-24",
  tables: ["Episodes"],
  fields: ["PLACE", "DEC"],
  severity: "error",
  message:
    "Placement type P2 cannot be used after 28 October 2023: end the P2 placement by then and record the new placement type.",
  check: (ctx) =>
    flagRows(ctx, "Episodes", "PLACE", (row) => {
      if (row.PLACE !== "P2") return false;
      const end = ctx.date(row.DEC);
      return end === undefined || end > LAST_DAY;
    }),
});
