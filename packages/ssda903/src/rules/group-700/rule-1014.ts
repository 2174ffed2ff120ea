import { defineRule } from "../rule";

/**
 * 1014: UASC information is not needed for a care leaver: a child with UASC records and care leaver
 * (OC3) information must have an episode open at some point in the collection year (started by
 * 31 March and ended on or after 1 April, or not ended). Both the UASC and OC3 records are flagged.
 * DfE SSDA903 validation rule 1014 (UASC.DUC, OC3.IN_TOUCH, ACTIV, ACCOM).
 */
export const rule1014 = defineRule({
  code: "1014",
  tables: ["Episodes", "UASC", "OC3"],
  fields: ["ACTIV", "ACCOM", "IN_TOUCH", "DUC"],
  severity: "error",
  message:
    "This young person was not looked after during the year and has care leaver information, so UASC information is not required: remove the UASC record.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const uascByChild = ctx.rowsByChild("UASC");
    const oc3ByChild = ctx.rowsByChild("OC3");
    const oc3 = ctx.table("OC3");
    for (const [child, list] of ctx.rowsByChild("Episodes")) {
      const uascRows = uascByChild.get(child);
      const oc3Rows = oc3ByChild.get(child);
      if (!uascRows || !oc3Rows) continue;
      let inYear = false;
      for (const e of list) {
        const start = ctx.date(episodes[e]?.DECOM);
        const ended = ctx.date(episodes[e]?.DEC);
        if (
          start !== undefined &&
          start <= ctx.collectionEnd &&
          (ended === undefined || ended >= ctx.collectionStart)
        ) {
          inYear = true;
          break;
        }
      }
      if (inYear) continue;
      const withData = oc3Rows.filter((o) => {
        const r = oc3[o];
        return r != null && (r.IN_TOUCH != null || r.ACTIV != null || r.ACCOM != null);
      });
      if (withData.length === 0) continue;
      for (const u of uascRows) yield { table: "UASC", row: u };
      for (const o of withData) yield { table: "OC3", row: o };
    }
  },
});
