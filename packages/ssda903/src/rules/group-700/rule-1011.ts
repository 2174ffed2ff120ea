import { defineRule } from "../rule";

/**
 * 1011: a child whose latest episode (latest readable start date) ended with care transferred to
 * another local authority (reason E3) is that authority's care leaver now, so this authority should
 * not return care leaver information for them. DfE SSDA903 validation rule 1011 (OC3.IN_TOUCH, ACTIV, ACCOM).
 */
export const rule1011 = defineRule({
  code: "1011",
  tables: ["Episodes", "OC3"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "This child's final episode ended with care transferred to another local authority (E3), so care leaver information should not be returned: remove the OC3 information.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const byChild = ctx.rowsByChild("Episodes");
    const oc3 = ctx.table("OC3");
    for (let i = 0; i < oc3.length; i++) {
      const r = oc3[i];
      if (!r || (r.IN_TOUCH == null && r.ACTIV == null && r.ACCOM == null)) continue;
      let latest = -1;
      let latestStart = Number.NEGATIVE_INFINITY;
      for (const e of byChild.get(r.CHILD ?? "") ?? []) {
        const start = ctx.date(episodes[e]?.DECOM);
        if (start !== undefined && start > latestStart) {
          latest = e;
          latestStart = start;
        }
      }
      if (latest >= 0 && episodes[latest]?.REC === "E3") yield { table: "OC3", row: i };
    }
  },
});
