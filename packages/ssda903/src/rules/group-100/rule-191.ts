import { defineRule } from "../rule";
import { continuouslyLookedAfter } from "../shared/continuously-looked-after";

const ITEMS = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"] as const;

/**
 * 191: a child looked after continuously for the whole year must have an OC2 record with
 * immunisations, teeth check, health assessment and substance misuse all given. A record with one of
 * them blank is flagged; a child with no OC2 record at all is flagged on their earliest episode.
 * DfE SSDA903 validation rule 191 (OC2; Episodes).
 */
export const rule191 = defineRule({
  code: "191",
  tables: ["OC2", "Episodes"],
  fields: [...ITEMS, "CHILD"],
  severity: "error",
  message:
    "The child was looked after all year, so immunisations, teeth check, health assessment and substance misuse must all be given in their OC2 record.",
  *check(ctx) {
    const cla = continuouslyLookedAfter(ctx);
    const oc2 = ctx.table("OC2");
    for (let i = 0; i < oc2.length; i++) {
      const row = oc2[i];
      if (row && cla.has(row.CHILD ?? "") && ITEMS.some((f) => row[f] == null)) {
        yield { table: "OC2", row: i, field: "IMMUNISATIONS" };
      }
    }
    const withOc2 = ctx.rowsByChild("OC2");
    const episodes = ctx.table("Episodes");
    for (const [child, indexes] of ctx.rowsByChild("Episodes")) {
      if (!cla.has(child) || withOc2.has(child)) continue;
      let first: number | undefined;
      let firstStart = Number.POSITIVE_INFINITY;
      for (const i of indexes) {
        const start = ctx.date(episodes[i]?.DECOM);
        if (start !== undefined && start < firstStart) {
          firstStart = start;
          first = i;
        }
      }
      if (first !== undefined) yield { table: "Episodes", row: first, field: "CHILD" };
    }
  },
});
