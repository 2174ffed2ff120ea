import { defineRule } from "../rule";

/**
 * 345: when the local authority is in touch with the care leaver (IN_TOUCH "YES"), neither activity
 * nor accommodation may be 0 (not applicable).
 * DfE SSDA903 validation rule 345 (OC3.IN_TOUCH, OC3.ACTIV, OC3.ACCOM).
 */
export const rule345 = defineRule({
  code: "345",
  tables: ["OC3"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "The authority is in touch with the young person, so activity and accommodation need real codes, not 0.",
  *check(ctx) {
    const rows = ctx.table("OC3");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r?.IN_TOUCH === "YES" && (r.ACTIV === "0" || r.ACCOM === "0")) {
        yield { table: "OC3", row: i, field: "IN_TOUCH" };
      }
    }
  },
});
