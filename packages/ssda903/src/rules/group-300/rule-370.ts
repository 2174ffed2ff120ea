import { defineRule } from "../rule";
import { placedTooYoung } from "./placement-limits";

/**
 * 370: a child placed in independent living (PLACE P2) should be at least 15 (2022-23) or 16
 * (2023-24) when the episode starts. P2 was withdrawn after 2023-24, and the rule with it.
 * DfE SSDA903 validation rule 370 (Episodes.DECOM, Episodes.PLACE, Header.DOB).
 */
export const rule370 = defineRule({
  code: "370",
  until: "2023-24",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "PLACE"],
  severity: "error",
  message: "The child was too young for an independent living placement (P2) when the episode started.",
  check: (ctx) => placedTooYoung(ctx, "P2", ctx.collectionYear === "2022-23" ? 15 : 16),
});
