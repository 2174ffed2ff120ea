import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

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
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const reviews = ctx.table("Reviews");
    const headerByChild = ctx.rowsByChild("Header");
    const reviewsByChild = ctx.rowsByChild("Reviews");
    const { order, bounds } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes" | "Header" | "Reviews">[] = [];
    const none: readonly (number | undefined)[] = [undefined];
    for (let c = 0; c + 1 < bounds.length; c++) {
      const lo = bounds[c] as number;
      const hi = bounds[c + 1] as number;
      let respiteOnly = true;
      for (let k = lo; k < hi && respiteOnly; k++)
        respiteOnly = RESPITE.has(episodes[order[k] as number]?.LS ?? "");
      if (!respiteOnly) continue;
      const child = episodes[order[lo] as number]?.CHILD;
      if (child == null) continue;
      const hs: readonly (number | undefined)[] = headerByChild.get(child) ?? none;
      const rs: readonly (number | undefined)[] = reviewsByChild.get(child) ?? none;
      let flagged = false;
      for (const h of hs) {
        const mother = h === undefined ? null : header[h]?.MOTHER;
        for (const r of rs) {
          const review = r === undefined ? undefined : reviews[r];
          if (mother == null && review?.REVIEW == null && review?.REVIEW_CODE == null) continue;
          flagged = true;
          if (h !== undefined) flags.push({ table: "Header", row: h, field: "MOTHER" });
          if (r !== undefined) flags.push({ table: "Reviews", row: r, field: "REVIEW" });
        }
      }
      if (flagged)
        for (let k = lo; k < hi; k++) flags.push({ table: "Episodes", row: order[k] as number, field: "LS" });
    }
    return flags;
  },
});
