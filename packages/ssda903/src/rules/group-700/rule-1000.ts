import type { Ssda903Row } from "../../tables/raw-return";
import { defineRule } from "../rule";

/**
 * 1000: a child recorded as having died while looked after (an episode ending with reason E2, in
 * this year's return or, when given, last year's) cannot have care leaver (OC3) information.
 * DfE SSDA903 validation rule 1000 (OC3.IN_TOUCH, ACTIV, ACCOM).
 */
export const rule1000 = defineRule({
  code: "1000",
  tables: ["Episodes", "OC3"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "This child is recorded as having died in care (reason episode ceased E2), so care leaver information should not be returned: remove the OC3 record or correct the reason.",
  *check(ctx) {
    const died = new Set<string>();
    const collect = (rows: readonly Ssda903Row<"Episodes">[]) => {
      for (const r of rows) if (r.REC === "E2") died.add(r.CHILD ?? "");
    };
    collect(ctx.table("Episodes"));
    if (ctx.previous) collect(ctx.previous.table("Episodes"));
    const oc3 = ctx.table("OC3");
    for (let i = 0; i < oc3.length; i++) {
      if (died.has(oc3[i]?.CHILD ?? "")) yield { table: "OC3", row: i };
    }
  },
});
