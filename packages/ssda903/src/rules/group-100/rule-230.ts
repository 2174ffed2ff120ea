import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";
import { placementLa } from "./placement-la";

/** From 28 October 2023 supported accommodation in England must be Ofsted-registered. */
const FROM = epochDayOf(2023, 10, 29);

/**
 * 230: an H5 (semi-independent living) placement in England still open on or after 29 October 2023
 * must give the provider's Ofsted URN (the placeholder XXXXXXX does not count), as supported
 * accommodation became Ofsted-registered from 28 October 2023. In force in 2023-24 only.
 * DfE SSDA903 validation rule 230 (Episodes.PLACE, DEC, URN).
 */
export const rule230 = defineRule({
  code: "230",
  from: "2023-24",
  until: "2023-24",
  tables: ["Episodes"],
  fields: ["PLACE", "DEC", "URN", "PL_LA"],
  severity: "error",
  message:
    "This H5 placement in England continued past 28 October 2023, so the provider's Ofsted unique reference number (URN) must be given.",
  needs: ["postcodes"],
  check: (ctx) =>
    flagRows(ctx, "Episodes", "URN", (row) => {
      if (row.PLACE !== "H5" || (row.URN != null && row.URN !== "XXXXXXX")) return false;
      if (row.DEC != null) {
        const end = ctx.date(row.DEC);
        if (end === undefined || end < FROM) return false;
      }
      const first = placementLa(ctx, row)?.[0];
      return first !== "N" && first !== "W" && first !== "S";
    }),
});
