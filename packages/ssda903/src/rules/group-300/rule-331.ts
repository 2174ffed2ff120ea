import { defineRule } from "../rule";

const ADOPTED = new Set(["E11", "E12"]);

/**
 * 331: for an episode that ended in adoption (REC E11/E12), the date the child was matched with the
 * adopters must be on or before the date that episode started.
 * DfE SSDA903 validation rule 331 (AD1.DATE_MATCH, Episodes.DECOM, Episodes.REC).
 */
export const rule331 = defineRule({
  code: "331",
  tables: ["AD1", "Episodes"],
  fields: ["DATE_MATCH", "DECOM", "REC"],
  severity: "error",
  message:
    "The child was matched with the adopters after the adoption placement started; check the match date.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const ad1 = ctx.table("AD1");
    const ad1ByChild = ctx.rowsByChild("AD1");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (!ADOPTED.has(ep?.REC ?? "")) continue;
      const start = ctx.date(ep?.DECOM);
      if (start === undefined) continue;
      for (const a of ad1ByChild.get(ep?.CHILD ?? "") ?? []) {
        const match = ctx.date(ad1[a]?.DATE_MATCH);
        if (match !== undefined && match > start) {
          yield { table: "AD1", row: a, field: "DATE_MATCH" };
          yield { table: "Episodes", row: e, field: "DECOM" };
        }
      }
    }
  },
});
