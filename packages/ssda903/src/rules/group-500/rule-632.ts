import { addMonthsDay, addYearsDay, parseDmy } from "../dmy-date";
import { defineRule } from "../rule";

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
    const episodes = ctx.table("Episodes");
    const prev = ctx.table("PrevPerm");
    const prevByChild = ctx.rowsByChild("PrevPerm");
    const records = new Set<number>();
    for (const [child, rows] of ctx.rowsByChild("Episodes")) {
      let first = -1;
      let firstStart = 0;
      for (const i of rows) {
        const start = ctx.date(episodes[i]?.DECOM);
        if (start !== undefined && (first < 0 || start < firstStart)) {
          first = i;
          firstStart = start;
        }
      }
      if (first < 0) continue;
      let flag = false;
      for (const p of prevByChild.get(child) ?? []) {
        const text = prev[p]?.DATE_PERM;
        if (text == null) continue;
        const day = permanenceOrderDay(text);
        if (day === undefined || day >= firstStart) {
          flag = true;
          records.add(p);
        }
      }
      if (flag) yield { table: "Episodes", row: first, field: "DECOM" };
    }
    for (const p of records) yield { table: "PrevPerm", row: p, field: "DATE_PERM" };
  },
});
