import { defineRule } from "../rule";
import { SHORT_BREAKS } from "../shared/short-breaks";

/**
 * SW01STG1: a child looked after on 31 March (an episode with no end date whose legal status is not
 * a short break) must have social worker episode information: among the child's social worker
 * episodes there must be a worker identifier, a start date and a reason for the change. The open
 * episode is flagged. DfE SSDA903 validation rule SW01STG1 (2023-24 only).
 */
export const ruleSW01STG1 = defineRule({
  code: "SW01STG1",
  from: "2023-24",
  until: "2023-24",
  tables: ["SWEpisodes", "Episodes"],
  fields: ["DEC"],
  severity: "error",
  message:
    "This child is looked after on 31 March but their social worker episode information is missing or incomplete: give the social worker identifier, start date and reason for change.",
  *check(ctx) {
    const sw = ctx.table("SWEpisodes");
    const swByChild = ctx.rowsByChild("SWEpisodes");
    const episodes = ctx.table("Episodes");
    for (let i = 0; i < episodes.length; i++) {
      const ep = episodes[i];
      if (!ep || ep.DEC != null || SHORT_BREAKS.has(ep.LS ?? "")) continue;
      let id = false;
      let start = false;
      let reason = false;
      for (const s of swByChild.get(ep.CHILD ?? "") ?? []) {
        id ||= sw[s]?.SW_ID != null;
        start ||= sw[s]?.SW_DECOM != null;
        reason ||= sw[s]?.SW_REASON != null;
      }
      if (!(id && start && reason)) yield { table: "Episodes", row: i, field: "DEC" };
    }
  },
});
