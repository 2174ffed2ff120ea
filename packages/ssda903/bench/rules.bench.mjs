// Profiling aid (not a test): CPU time of each rule of a year on a synthetic return, run in order on
// one shared context as validateReturn runs them (so a shared helper's cost falls on the first rule
// that builds it). Prints the slowest rules. Run after `npm run build`:
// `node bench/rules.bench.mjs [children] [year] [repeats]`.
import { generateReturn } from "../dist/index.js";
import { createRuleContext, rulesForYear, whySkipped } from "../dist/testing.js";

const children = Number(process.argv[2] ?? 100_000);
const year = process.argv[3] ?? "2025-26";
const repeats = Number(process.argv[4] ?? 3);
const ret = generateReturn({ children, collectionYear: year, seed: 1 });
const rules = rulesForYear(year);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const best = new Map();
const totals = [];
for (let r = 0; r < repeats; r++) {
  const t0 = cpuMs();
  const ctx = createRuleContext({ collectionYear: year, tables: ret.tables });
  let prev = cpuMs();
  best.set("(context)", Math.min(best.get("(context)") ?? Infinity, prev - t0));
  for (const rule of rules) {
    if (whySkipped(rule, ctx)) continue;
    for (const _flag of rule.check(ctx)) {
      // drain the generator
    }
    const now = cpuMs();
    best.set(rule.code, Math.min(best.get(rule.code) ?? Infinity, now - prev));
    prev = now;
  }
  totals.push(prev - t0);
}
const sorted = [...best].sort((a, b) => b[1] - a[1]);
console.log(`${children} children, ${year}, CPU ms per run: ${totals.map((t) => t.toFixed(0)).join(", ")}`);
console.log(`sum of per-rule minima: ${sorted.reduce((s, [, v]) => s + v, 0).toFixed(0)} ms`);
for (const [code, v] of sorted.slice(0, Number(process.env.TOP ?? 30)))
  console.log(`${code.padEnd(12)} ${v.toFixed(1)}`);
