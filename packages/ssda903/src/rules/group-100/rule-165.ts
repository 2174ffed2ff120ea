import { defineRule } from "../rule";
import { sexCodesIn } from "../shared/code-groups";
import { SHORT_BREAKS } from "../shared/short-breaks";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"] as const;

/**
 * 165: the MOTHER item (is the child a mother: 0 or 1) must be valid, must not be given for a boy, and
 * must be given for a girl with an episode (other than a short break) in the collection year; a girl
 * with no such episode but with care leaver (OC3) information should not have it. Children with no
 * episode other than short breaks are not checked. The Header record and the child's OC3 record are
 * flagged. Male/female are codes 1/2 up to 2023-24 and M/F from 2024-25 (SEX code set).
 * DfE SSDA903 validation rule 165 (Header.MOTHER, SEX; Episodes.DECOM, DEC; OC3).
 */
export const rule165 = defineRule({
  code: "165",
  tables: ["Header", "Episodes", "OC3"],
  fields: ["MOTHER", "SEX", "ACTIV", "ACCOM", "IN_TOUCH", "DECOM"],
  severity: "error",
  message:
    "Whether the child is a mother is missing, not 0 or 1, given for a boy, or given for a care leaver with no episode this year.",
  messages: {
    invalid: "Whether the child is a mother (MOTHER) must be 0 or 1.",
    boy: "Whether the child is a mother (MOTHER) is given for a child recorded as male; leave it blank.",
    missing:
      "Whether the child is a mother (MOTHER) is missing for a girl looked after this year; record 0 or 1.",
    careLeaver:
      "Whether the child is a mother (MOTHER) is given for a care leaver with no episode this year; leave it blank.",
  },
  *check(ctx) {
    const { male, female } = sexCodesIn(ctx.collectionYear);
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const oc3 = ctx.table("OC3");
    const episodeRows = ctx.rowsByChild("Episodes");
    const oc3Rows = ctx.rowsByChild("OC3");
    /** 0: no episode other than short breaks (not checked); 1: such episodes, none in the year; 2: one in the year. */
    const episodeState = (child: string): 0 | 1 | 2 => {
      let state: 0 | 1 | 2 = 0;
      for (const i of episodeRows.get(child) ?? []) {
        const row = episodes[i];
        if (!row || SHORT_BREAKS.has(row.LS ?? "")) continue;
        state = 1;
        const start = ctx.date(row.DECOM);
        const end = ctx.date(row.DEC) ?? ctx.collectionEnd;
        if (start !== undefined && start <= ctx.collectionEnd && end >= ctx.collectionStart) return 2;
      }
      return state;
    };
    for (let h = 0; h < header.length; h++) {
      const row = header[h];
      if (!row) continue;
      const child = row.CHILD ?? "";
      const mother = row.MOTHER;
      const has = mother != null;
      const isFemale = row.SEX === female;
      const leavers = oc3Rows.get(child);
      // Most records cannot fail whatever the episodes say; decide those without reading episodes.
      const badValue = has && mother !== "0" && mother !== "1";
      const boy = has && row.SEX === male;
      if (!badValue && !boy && !(isFemale && (!has || leavers))) continue;
      const state = episodeState(child);
      if (state === 0) continue;
      const missing = !has && isFemale && state === 2;
      const always = badValue || boy || missing;
      const withCareLeaver = has && isFemale && state === 1;
      // Which of the rule's four checks failed, for the report.
      const check = badValue ? "invalid" : boy ? "boy" : missing ? "missing" : "careLeaver";
      let flagged = always;
      for (const o of leavers ?? []) {
        const leaver = oc3[o];
        const hasOc3 = leaver !== undefined && OC3_ITEMS.some((f) => leaver[f] != null);
        if (always || (withCareLeaver && hasOc3)) {
          flagged = true;
          yield { table: "OC3", row: o, field: "IN_TOUCH", check };
        }
      }
      if (flagged) yield { table: "Header", row: h, field: "MOTHER", check };
    }
  },
});
