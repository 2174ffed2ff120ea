import { defineRule } from "../rule";

/** REC codes for adoption (DfE SSDA903 REC code set). */
const ADOPTED: ReadonlySet<string> = new Set(["E11", "E12"]);

/**
 * 582: a child adopted (REC E11 or E12) is normally matched with adopters before the day of adoption, so
 * an adoption episode ending on the AD1 DATE_MATCH is queried. The dates are compared as written.
 * DfE SSDA903 validation rule 582 (Episodes: REC, DEC; AD1: DATE_MATCH).
 */
export const rule582 = defineRule({
  code: "582",
  tables: ["Episodes", "AD1"],
  fields: ["DEC", "DATE_MATCH"],
  severity: "query",
  message:
    "The child was adopted on the same day they were matched with adopters; usually matching comes first, so check both dates.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const ad1 = ctx.table("AD1");
    const ad1ByChild = ctx.rowsByChild("AD1");
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i];
      if (!e || !ADOPTED.has(e.REC ?? "") || e.DEC == null) continue;
      if ((ad1ByChild.get(e.CHILD ?? "") ?? []).some((a) => ad1[a]?.DATE_MATCH === e.DEC)) {
        yield { table: "Episodes", row: i, field: "DEC" };
      }
    }
  },
});
