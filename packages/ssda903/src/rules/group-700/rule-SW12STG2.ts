import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { SHORT_BREAKS } from "../shared/short-breaks";

/**
 * SW12STG2: social worker episodes must be reported for the full year, even for time the child
 * was not looked after. For each episode in the social worker reporting period (ended since 1 April
 * of the year before the collection year, or still open; not a short break): one that began a new
 * period of care (RNE S) needs a social worker episode that began on or after it; one that ended
 * care (REC not X1) needs one that began on or before it ended; one still open at 31 March needs
 * at least one social worker episode. (The reference validator flags every open episode that did
 * not start care, even when social worker episodes are reported; we only ask that there is one.) DfE SSDA903 validation rule SW12STG2 (Episodes, from 2023-24).
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
    const swByChild = ctx.rowsByChild("SWEpisodes");
    const episodes = ctx.table("Episodes");
    const swStarts = ctx.dates("SWEpisodes", "SW_DECOM");
    const starts = ctx.dates("Episodes", "DECOM");
    const ends = ctx.dates("Episodes", "DEC");
    for (let i = 0; i < episodes.length; i++) {
      const ep = episodes[i];
      if (!ep || SHORT_BREAKS.has(ep.LS ?? "")) continue;
      const ended = ends[i] as number;
      const hasEnd = !Number.isNaN(ended);
      const startsCare = ep.RNE === "S";
      // An ended episode ends care unless the child only changed placement (X1); an open one whose
      // reason is nevertheless given (and not X1) is read the same way, as the DfE rule reads REC.
      const endsCare = hasEnd ? ep.REC !== "X1" : ep.REC != null && ep.REC !== "X1";
      const open = !hasEnd;
      if (!startsCare && !endsCare && !open) continue;
      if (hasEnd && (ended < from || ended > ctx.collectionEnd)) continue;
      const began = starts[i] as number;
      let covered = false;
      for (const s of swByChild.get(ep.CHILD ?? "") ?? []) {
        const swStart = swStarts[s] as number;
        if (Number.isNaN(swStart)) continue;
        if (
          (endsCare && hasEnd && swStart <= ended) ||
          (startsCare && swStart >= began) ||
          (open && !startsCare && !endsCare)
        ) {
          covered = true;
          break;
        }
      }
      if (!covered) yield { table: "Episodes", row: i };
    }
  },
});
