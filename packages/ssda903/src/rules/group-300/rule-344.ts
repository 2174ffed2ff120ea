import { defineRule } from "../rule";

/**
 * 344: when the care leaver has died (DIED) or has returned home for six months or more (RHOM),
 * activity and accommodation must both be recorded as 0 (not applicable).
 * DfE SSDA903 validation rule 344 (OC3.IN_TOUCH, OC3.ACTIV, OC3.ACCOM).
 */
export const rule344 = defineRule({
  code: "344",
  tables: ["OC3"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "The young person has died or returned home, so activity and accommodation should both be 0; correct them.",
  *check(ctx) {
    const rows = ctx.table("OC3");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r?.IN_TOUCH !== "DIED" && r?.IN_TOUCH !== "RHOM") continue;
      if (r.ACTIV !== "0" || r.ACCOM !== "0") yield { table: "OC3", row: i, field: "IN_TOUCH" };
    }
  },
});
