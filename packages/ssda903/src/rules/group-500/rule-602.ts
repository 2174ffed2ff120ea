import { defineRule } from "../rule";

/** REC codes for adoption (DfE SSDA903 REC code set). */
const ADOPTED: ReadonlySet<string> = new Set(["E11", "E12"]);
/** The AD1 fields that describe an adoption. */
const ADOPTION_FIELDS = [
  "DATE_INT",
  "DATE_MATCH",
  "FOSTER_CARE",
  "NB_ADOPTR",
  "SEX_ADOPTR",
  "LS_ADOPTR",
] as const;

/**
 * 602: an adoption (AD1) record with any adoption detail completed needs an episode showing that the
 * child was adopted during the year (ending in the collection year with REC E11 or E12).
 * DfE SSDA903 validation rule 602 (AD1; Episodes: REC, DEC).
 */
export const rule602 = defineRule({
  code: "602",
  tables: ["Episodes", "AD1"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "Adoption details are recorded, but the child's episodes do not show an adoption (E11 or E12) ending during the year.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const adoptedInYear = new Set<string>();
    for (const e of episodes) {
      if (!ADOPTED.has(e.REC ?? "")) continue;
      const dec = ctx.date(e.DEC);
      if (dec !== undefined && dec >= ctx.collectionStart && dec <= ctx.collectionEnd)
        adoptedInYear.add(e.CHILD ?? "");
    }
    const ad1 = ctx.table("AD1");
    for (let a = 0; a < ad1.length; a++) {
      const r = ad1[a];
      if (!r || adoptedInYear.has(r.CHILD ?? "")) continue;
      if (ADOPTION_FIELDS.some((f) => r[f] != null)) yield { table: "AD1", row: a, field: "CHILD" };
    }
  },
});
