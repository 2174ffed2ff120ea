import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/** Short-term-break legal statuses (DfE SSDA903 LS codes V3, V4), which need no social worker episode. */
const SHORT_BREAKS: ReadonlySet<string> = new Set(["V3", "V4"]);

/**
 * SW12STG2: social worker episodes must be reported for the full year before the child's care
 * changed, even for time the child was not looked after. For each episode that started or ended
 * the child's care in the social worker reporting period (began a new period of care, RNE S, or
 * ended other than by a change of placement, REC not X1; ended since 1 April of the year before
 * the collection year, or still open; not a short break), the child needs a social worker episode
 * that began on or before the episode ended (when it ended care) or on or after it began (when it
 * started care). DfE SSDA903 validation rule SW12STG2 (Episodes, from 2023-24).
 */
export const ruleSW12STG2 = defineRule({
  code: "SW12STG2",
  from: "2023-24",
  tables: ["SWEpisodes", "Episodes"],
  fields: ["SW_DECOM"],
  severity: "error",
  message:
    "This episode starts or ends the child's care but no matching social worker episode is reported: report all the child's social worker episodes for the year, including those before or after care.",
  *check(ctx) {
    const from = addYearsDay(ctx.collectionStart, -1);
    const sw = ctx.table("SWEpisodes");
    const swByChild = ctx.rowsByChild("SWEpisodes");
    const episodes = ctx.table("Episodes");
    for (let i = 0; i < episodes.length; i++) {
      const ep = episodes[i];
      if (!ep || SHORT_BREAKS.has(ep.LS ?? "")) continue;
      const startsCare = ep.RNE === "S";
      const endsCare = ep.REC !== "X1";
      if (!startsCare && !endsCare) continue;
      const ended = ctx.date(ep.DEC);
      if (ended !== undefined && (ended < from || ended > ctx.collectionEnd)) continue;
      const began = ctx.date(ep.DECOM);
      let covered = false;
      for (const s of swByChild.get(ep.CHILD ?? "") ?? []) {
        const swStart = ctx.date(sw[s]?.SW_DECOM);
        if (swStart === undefined) continue;
        if (
          (endsCare && ended !== undefined && swStart <= ended) ||
          (startsCare && began !== undefined && swStart >= began)
        ) {
          covered = true;
          break;
        }
      }
      if (!covered) yield { table: "Episodes", row: i };
    }
  },
});
