import { defineRule } from "../rule";
import { placedTooYoung } from "./placement-limits";

/**
 * 371: a child in supported (semi-independent) accommodation not subject to children's homes
 * regulations should be old enough when the episode starts: H5 and 14 in 2022-23, H5 and 16 in
 * 2023-24, and from 2024-25 (when H5 was replaced by K3 under the Supported Accommodation (England)
 * Regulations 2023) K3 and 16.
 * DfE SSDA903 validation rule 371 (Episodes.DECOM, Episodes.PLACE, Header.DOB).
 */
export const rule371 = defineRule({
  code: "371",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "PLACE"],
  severity: "error",
  message: "The child was under 16 (under 14 before 2023-24) when placed in supported accommodation.",
  check(ctx) {
    if (ctx.collectionYear === "2022-23") return placedTooYoung(ctx, "H5", 14);
    if (ctx.collectionYear === "2023-24") return placedTooYoung(ctx, "H5", 16);
    return placedTooYoung(ctx, "K3", 16);
  },
});
