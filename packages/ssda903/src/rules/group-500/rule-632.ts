import { addMonthsDay, addYearsDay, parseDmy } from "../dmy-date";
import { defineRule } from "../rule";
import { episodeSummaries } from "../shared/episode-summary";

/**
 * Reads DATE_PERM: `dd/mm/yyyy`, where the DfE lets an unknown day or month be given as ZZ. An unknown
 * part is read as the latest date it could be (ZZ day: the month's last day; ZZ month: the year's last
 * day from that day), so that an order is never wrongly reported as too late. An unknown year (ZZZZ) is
 * read as 2000, as the reference validator reads it (data-to-insight/csc-validator-be-903
 * rules/rule_utils.py `valid_date`).
 */
export function permanenceOrderDay(text: string): number | undefined {
  const parts = text.split("/");
  if (parts.length !== 3) return undefined;
  const [d, m, y] = parts as [string, string, string];
  const day = parseDmy(`${d === "ZZ" ? "01" : d}/${m === "ZZ" ? "01" : m}/${y === "ZZZZ" ? "2000" : y}`);
  if (day === undefined) return undefined;
  if (m === "ZZ") return addYearsDay(day, 1) - 1;
  if (d === "ZZ") return addMonthsDay(day, 1) - 1;
  return day;
}

/**
 * 632: the date of a previous permanence order (DATE_PERM) must be a valid date — dd/mm/yyyy, where an
 * unknown day or month may be written ZZ (and is read as the latest day it could be) — and must be before
 * the start of the child's first episode in this return. The first episode and the PrevPerm record are
 * flagged. (An order before a period of care that began in an earlier year can be missed, as the DfE notes.)
 * DfE SSDA903 validation rule 632 (PrevPerm: DATE_PERM; Episodes: DECOM).
 */
export const rule632 = defineRule({
  code: "632",
  tables: ["Episodes", "PrevPerm"],
  fields: ["DATE_PERM", "DECOM"],
  severity: "error",
  message:
    "The date of the previous permanence order is not a valid date (dd/mm/yyyy, ZZ allowed for an unknown day or month) or is not before the child's first episode.",
  *check(ctx) {
    const prev = ctx.table("PrevPerm");
    const summaries = episodeSummaries(ctx, "current");
    const records = new Set<number>();
    for (const [child, rows] of ctx.rowsByChild("PrevPerm")) {
      const s = summaries.get(child);
      if (!s || s.firstRow < 0) continue;
      let flag = false;
      for (const p of rows) {
        const text = prev[p]?.DATE_PERM;
        if (text == null) continue;
        // Plain dd/mm/yyyy dates come from the shared cache; only ZZ dates need reading here.
        const day = ctx.date(text) ?? (text.includes("Z") ? permanenceOrderDay(text) : undefined);
        if (day === undefined || day >= s.firstStart) {
          flag = true;
          records.add(p);
        }
      }
      if (flag) yield { table: "Episodes", row: s.firstRow, field: "DECOM" };
    }
    for (const p of records) yield { table: "PrevPerm", row: p, field: "DATE_PERM" };
  },
});
