import { SocialWorkerChangeReason } from "@childrens-social-care/placements";
import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";
import { validCodeIn } from "./code-check";

/** 1 April 2023, when social worker episodes were first collected (SSDA903 2023-24). */
const SW_COLLECTION_BEGAN = epochDayOf(2023, 4, 1);

/**
 * SW13STG1: a reason for the change of social worker, when given, must be a code of the SW_REASON
 * list, exactly as written. From 2024-25 it must also be given for every episode that began on or
 * after 1 April 2023 (earlier episodes may have an unknown reason).
 * DfE SSDA903 validation rule SW13STG1 (SWEpisodes.SW_REASON, from 2023-24).
 */
export const ruleSW13STG1 = defineRule({
  code: "SW13STG1",
  from: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_REASON"],
  severity: "error",
  message:
    "The reason for the change of social worker is missing or not a valid code: use a code from the SSDA903 SW_REASON list.",
  *check(ctx) {
    const requiredFromStart = ctx.collectionYear !== "2023-24";
    const valid = validCodeIn(SocialWorkerChangeReason, ctx.collectionYear);
    const rows = ctx.table("SWEpisodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const reason = r?.SW_REASON;
      if (reason == null) {
        const start = ctx.date(r?.SW_DECOM);
        if (requiredFromStart && start !== undefined && start >= SW_COLLECTION_BEGAN) {
          yield { table: "SWEpisodes", row: i, field: "SW_REASON" };
        }
      } else if (!valid(reason)) {
        yield { table: "SWEpisodes", row: i, field: "SW_REASON" };
      }
    }
  },
});
