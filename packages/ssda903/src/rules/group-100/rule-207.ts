import { defineRule } from "../rule";
import { headerChangedSinceLastYear } from "./previous-header";

/**
 * 207: a child recorded last year as a mother (MOTHER = 1) who has an episode this year must still be
 * recorded as a mother. DfE SSDA903 validation rule 207 (Header.MOTHER).
 */
export const rule207 = defineRule({
  code: "207",
  tables: ["Header", "Episodes"],
  fields: ["MOTHER"],
  severity: "error",
  message: "Last year's return records the child as a mother, but this year's does not.",
  needs: ["previous"],
  check(ctx) {
    const withEpisodes = ctx.rowsByChild("Episodes");
    return headerChangedSinceLastYear(
      ctx,
      "MOTHER",
      (now, last) => last.MOTHER === "1" && now.MOTHER !== "1" && withEpisodes.has(now.CHILD ?? ""),
    );
  },
});
