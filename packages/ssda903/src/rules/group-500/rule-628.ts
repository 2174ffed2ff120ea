import { defineRule } from "../rule";

/**
 * 628: motherhood details are not collected for care leavers who were not looked after during the year:
 * a Header record with MOTHER completed, for a child with no episodes but with care-leaver information
 * (any of IN_TOUCH, ACTIV, ACCOM in OC3), is flagged.
 * DfE SSDA903 validation rule 628 (Header: MOTHER; Episodes; OC3).
 */
export const rule628 = defineRule({
  code: "628",
  tables: ["Episodes", "Header", "OC3"],
  fields: ["MOTHER"],
  severity: "error",
  message:
    "Motherhood details are recorded for a care leaver who was not looked after during the year; leave the mother field blank.",
  *check(ctx) {
    const episodesByChild = ctx.rowsByChild("Episodes");
    const leavers = new Set<string>();
    for (const r of ctx.table("OC3")) {
      if (r.IN_TOUCH != null || r.ACTIV != null || r.ACCOM != null) leavers.add(r.CHILD ?? "");
    }
    const header = ctx.table("Header");
    for (let h = 0; h < header.length; h++) {
      const r = header[h];
      if (!r || r.MOTHER == null) continue;
      const child = r.CHILD ?? "";
      if (!episodesByChild.has(child) && leavers.has(child))
        yield { table: "Header", row: h, field: "MOTHER" };
    }
  },
});
