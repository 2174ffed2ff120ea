import { defineRule } from "../rule";

/**
 * 1002: a care leaver (OC3 record) must have been looked after: the child needs an episode in this
 * year's or last year's return. It needs last year's return, as a care leaver usually left care then.
 * DfE SSDA903 validation rule 1002 (OC3.IN_TOUCH, ACTIV, ACCOM).
 */
export const rule1002 = defineRule({
  code: "1002",
  tables: ["Episodes", "OC3"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "This child has no episodes of care in this year's or last year's return, so care leaver information should not be returned: check the child identifier or remove the OC3 record.",
  needs: ["previous"],
  *check(ctx) {
    const current = ctx.rowsByChild("Episodes");
    const last = ctx.previous?.rowsByChild("Episodes");
    const oc3 = ctx.table("OC3");
    for (let i = 0; i < oc3.length; i++) {
      const child = oc3[i]?.CHILD ?? "";
      if (!current.has(child) && !last?.has(child)) yield { table: "OC3", row: i };
    }
  },
});
