import { describe, expect, it } from "vitest";
import { generateReturnPair } from "../generate/generate-return";
import { Random } from "../generate/prng";
import { SUPPORTED_COLLECTION_YEARS } from "../rules/rules-for-year";
import type { RawRow, ReturnTables, Ssda903Return } from "../tables/raw-return";
import { SSDA903 } from "../tables/ssda903-return";
import { isTableName } from "../tables/table-name";
import { validateReturn } from "../validate/validate-return";
import { CODE_COLUMNS } from "./letter-case";

// A one-to-one rewrite of a code's letters that keeps its length and digits.
type Rewrite = (code: string) => string;
const lowerCase: Rewrite = (code) => code.toLowerCase();
// Each capital A-Z to a private-use character: no letter, no code, no case, still one-to-one.
const noLetters: Rewrite = (code) =>
  code.replace(/[A-Z]/g, (c) => String.fromCharCode(0xe000 + c.charCodeAt(0)));

/** The return with a seeded half of its code cells rewritten (the same cells for the same seed). */
function rewritten(ret: Ssda903Return, rewrite: Rewrite, seed: number): Ssda903Return {
  const rnd = new Random(seed);
  const tables: Record<string, RawRow[]> = {};
  for (const [name, rows] of Object.entries(ret.tables)) {
    if (!isTableName(name) || !rows) continue;
    const columns = CODE_COLUMNS[name];
    tables[name] = rows.map((row) => {
      const out: Record<string, string | null> = { ...(row as RawRow) };
      for (const c of columns) {
        const v = out[c];
        if (v != null && rnd.chance(0.5)) out[c] = rewrite(v);
      }
      return out;
    });
  }
  return { tables: tables as ReturnTables };
}

/**
 * The return with half of each code and date column's cells swapped for another row's value of the same
 * column (seeded): real codes and dates in unlikely places, so that the rules' checks fire often.
 */
function scrambled(ret: Ssda903Return, seed: number): Ssda903Return {
  const rnd = new Random(seed);
  const tables: Record<string, RawRow[]> = {};
  for (const [name, rows] of Object.entries(ret.tables)) {
    if (!isTableName(name) || !rows) continue;
    const out = rows.map((row) => ({ ...(row as RawRow) }) as Record<string, string | null>);
    for (const c of [...CODE_COLUMNS[name], ...SSDA903.tables[name].dates]) {
      const values = out.map((r) => r[c] ?? null);
      for (const r of out)
        if (rnd.next() < 0.5) r[c] = values[Math.floor(rnd.next() * values.length)] ?? null;
    }
    tables[name] = out;
  }
  return { tables: tables as ReturnTables };
}

function verdicts(
  ret: Ssda903Return,
  previous: Ssda903Return,
  year: (typeof SUPPORTED_COLLECTION_YEARS)[number],
) {
  const report = validateReturn(ret, { collectionYear: year, previous, localAuthority: "E09000027" });
  const byRule = new Map<string, string[]>();
  for (const i of report.issues) {
    const list = byRule.get(i.rule) ?? [];
    list.push(`${i.location?.table}:${i.location?.row}:${i.path.join(".")}:${i.check ?? ""}`);
    byRule.set(i.rule, list);
  }
  return { byRule, ran: report.rulesRun ?? [], failed: report.rulesFailed ?? [] };
}

describe("letter case: every rule compares codes exactly as sent", () => {
  for (const year of SUPPORTED_COLLECTION_YEARS) {
    it(`in ${year}, a lower-case code is treated like any other unknown value, rule by rule`, () => {
      const pair = generateReturnPair({ children: 300, collectionYear: year, seed: 11 });
      const current = scrambled(pair.current, 1);
      const previous = scrambled(pair.previous, 2);
      const lower = verdicts(rewritten(current, lowerCase, 3), rewritten(previous, lowerCase, 4), year);
      const none = verdicts(rewritten(current, noLetters, 3), rewritten(previous, noLetters, 4), year);
      expect(lower.failed).toEqual([]);
      expect(lower.ran.length).toBeGreaterThan(150);
      const differing = lower.ran.filter(
        (rule) =>
          JSON.stringify(lower.byRule.get(rule) ?? []) !== JSON.stringify(none.byRule.get(rule) ?? []),
      );
      expect(differing).toEqual([]);
      // And the rewrite is seen: code-list rules flag lower-case codes.
      expect(lower.byRule.get("103")?.length ?? 0).toBeGreaterThan(0);
    });
  }
});
