import type { RuleFlag } from "../rule";
import { defineRule } from "../rule";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"] as const;
/** Short breaks (LS V3, V4), in either case as the DfE check compares them upper-cased. */
const SHORT_BREAKS: ReadonlySet<string> = new Set(["V3", "V4", "v3", "v4"]);

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
  *check(ctx): Generator<RuleFlag> {
    const [male, female] = ctx.collectionYear >= "2024-25" ? ["M", "F"] : ["1", "2"];
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const oc3 = ctx.table("OC3");
    const headerRows = ctx.rowsByChild("Header");
    const oc3Rows = ctx.rowsByChild("OC3");
    for (const [child, indexes] of ctx.rowsByChild("Episodes")) {
      let counted = false;
      let inYear = false;
      for (const i of indexes) {
        const row = episodes[i];
        if (!row || SHORT_BREAKS.has(row.LS ?? "")) continue;
        counted = true;
        const start = ctx.date(row.DECOM);
        const end = ctx.date(row.DEC) ?? ctx.collectionEnd;
        if (start !== undefined && start <= ctx.collectionEnd && end >= ctx.collectionStart) inYear = true;
      }
      if (!counted) continue;
      const leavers = oc3Rows.get(child) ?? [];
      for (const h of headerRows.get(child) ?? []) {
        const row = header[h];
        if (!row) continue;
        const mother = row.MOTHER;
        const has = mother != null;
        const always =
          (has && mother !== "0" && mother !== "1") ||
          (has && row.SEX === male) ||
          (!has && row.SEX === female && inYear);
        const withCareLeaver = has && row.SEX === female && !inYear;
        let flagged = always;
        for (const o of leavers) {
          const leaver = oc3[o];
          const hasOc3 = leaver !== undefined && OC3_ITEMS.some((f) => leaver[f] != null);
          if (always || (withCareLeaver && hasOc3)) {
            flagged = true;
            yield { table: "OC3", row: o, field: "IN_TOUCH" };
          }
        }
        if (flagged) yield { table: "Header", row: h, field: "MOTHER" };
      }
    }
  },
});
