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
 * 601: a child adopted during the year (an episode ending in the collection year with REC E11 or E12)
 * who has an adoption (AD1) record must have every adoption field completed: DATE_INT, DATE_MATCH,
 * FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR. The episode and the AD1 record are flagged.
 * DfE SSDA903 validation rule 601 (Episodes: REC, DEC; AD1).
 */
export const rule601 = defineRule({
  code: "601",
  tables: ["Episodes", "AD1"],
  fields: ["REC", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
  severity: "error",
  message:
    "The child was adopted during the year but some adoption details (date of decision, date matched, foster carer, number, sex or legal status of adopters) are blank.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const ad1 = ctx.table("AD1");
    const ad1ByChild = ctx.rowsByChild("AD1");
    const incomplete = new Set<number>();
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i];
      if (!e || !ADOPTED.has(e.REC ?? "")) continue;
      const dec = ctx.date(e.DEC);
      if (dec === undefined || dec < ctx.collectionStart || dec > ctx.collectionEnd) continue;
      let flag = false;
      for (const a of ad1ByChild.get(e.CHILD ?? "") ?? []) {
        const r = ad1[a];
        if (r && ADOPTION_FIELDS.some((f) => r[f] == null)) {
          flag = true;
          incomplete.add(a);
        }
      }
      if (flag) yield { table: "Episodes", row: i, field: "REC" };
    }
    for (const a of incomplete) yield { table: "AD1", row: a };
  },
});
