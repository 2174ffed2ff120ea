import { defineRule } from "../rule";

const RESPITE = new Set(["V3", "V4"]);

/**
 * 399: a child looked after only under respite legal statuses (every episode V3 or V4) must not
 * have the MOTHER field, review dates or review participation codes completed.
 * DfE SSDA903 validation rule 399 (Header.MOTHER, Episodes.LS, Reviews.REVIEW, Reviews.REVIEW_CODE).
 */
export const rule399 = defineRule({
  code: "399",
  tables: ["Episodes", "Header", "Reviews"],
  fields: ["MOTHER", "LS", "REVIEW", "REVIEW_CODE"],
  severity: "error",
  message:
    "The child is only in respite care (V3/V4), so the MOTHER field and review details should be blank.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const reviews = ctx.table("Reviews");
    const headerByChild = ctx.rowsByChild("Header");
    const reviewsByChild = ctx.rowsByChild("Reviews");
    for (const [child, rows] of ctx.rowsByChild("Episodes")) {
      if (!rows.every((r) => RESPITE.has(episodes[r]?.LS ?? ""))) continue;
      const hs: (number | undefined)[] = headerByChild.get(child)?.slice() ?? [undefined];
      const rs: (number | undefined)[] = reviewsByChild.get(child)?.slice() ?? [undefined];
      let flagged = false;
      for (const h of hs) {
        const mother = h === undefined ? null : header[h]?.MOTHER;
        for (const r of rs) {
          const review = r === undefined ? undefined : reviews[r];
          if (mother == null && review?.REVIEW == null && review?.REVIEW_CODE == null) continue;
          flagged = true;
          if (h !== undefined) yield { table: "Header", row: h, field: "MOTHER" };
          if (r !== undefined) yield { table: "Reviews", row: r, field: "REVIEW" };
        }
      }
      if (flagged) for (const row of rows) yield { table: "Episodes", row, field: "LS" };
    }
  },
});
