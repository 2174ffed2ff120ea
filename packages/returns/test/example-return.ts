// A small return for the engine's own tests: two tables, ISO dates, one kind of reference data.
import { ruleDefiner } from "../src/rules/define-rule";
import { defineReturn } from "../src/tables/define-return";
import { defineTable } from "../src/tables/define-table";

export const Child = defineTable({
  name: "Child",
  columns: ["ID", "BORN", "SEX"],
  derived: ["FLAG"],
  dates: ["BORN"],
  child: "ID",
  description: "One record per child.",
});

export const Spell = defineTable({
  name: "Spell",
  columns: ["ID", "START", "END", "CODE"],
  dates: ["START", "END"],
  child: "ID",
  description: "Spells of something, several per child.",
});

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO dates as epoch days; NaN when not a real date. */
export function parseIso(text: string): number {
  const m = ISO.exec(text);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCDate() === d && back.getUTCMonth() === mo - 1 ? t / 86_400_000 : Number.NaN;
}

export const EXAMPLE = defineReturn({
  name: "example",
  tables: [Child, Spell],
  parseDate: parseIso,
  years: ["2024-25", "2025-26"],
});

export interface ExampleExtra {
  readonly registry?: ReadonlySet<string>;
}

export const EXAMPLE_KIT = {
  definition: EXAMPLE,
  needs: {
    registry: (ctx: ExampleExtra) => (ctx.registry ? undefined : "needs the registry"),
  },
  defaultSource: (rule: { code: string }) => ({
    title: "Example guidance",
    url: "https://example.org/guidance",
    ref: `rule ${rule.code}`,
  }),
};

export const defineExampleRule = ruleDefiner<typeof EXAMPLE, ExampleExtra, "registry">(EXAMPLE_KIT);
