// Benchmark (not a test): validation speed on (1) the Python tool's fake return, 2,675 children,
// read from ../shared/reference, 2022-23 rules; (2) a synthetic 100,000-child return, 2025-26 rules;
// (3) the `csc 903` command on that return written as CSV. Budgets from the issue: (1) under 0.2 s,
// (2) under 5 s with peak memory under 1 GB. Run after `npm run build`: `npm run bench`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireReferencePath } from "../../../scripts/reference.ts";
import { generateReturn, readReturn, rulesForYear, validateReturn, writeReturn } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const rows = (ret) => Object.values(ret.tables).reduce((n, t) => n + (t?.length ?? 0), 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${n.toFixed(1)} ms`;

console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model}`);

// (1) The fake return.
const fake = join(
  requireReferencePath("reference", "ssda903-data"),
  "data-to-insight__csc-validator-be-903",
  "tests",
  "fake_data",
);
const names = [
  "header",
  "episodes",
  "uasc",
  "reviews",
  "oc2",
  "oc3",
  "ad1",
  "placed_for_adoption",
  "previous_permanence",
  "missing",
];
let t = performance.now();
const { return: fakeReturn } = readReturn(
  names.map((n) => ({ name: `${n}.csv`, data: readFileSync(join(fake, `${n}.csv`)) })),
);
const readMs = performance.now() - t;
const times = [];
let report;
for (let i = 0; i < 15; i++) {
  t = performance.now();
  report = validateReturn(fakeReturn, { collectionYear: "2022-23", localAuthority: "E09000027" });
  times.push(performance.now() - t);
}
const fakeRows = rows(fakeReturn);
console.log(
  `\n(1) Fake return: ${fakeReturn.tables.Header?.length} children, ${fakeRows} records; read ${ms(readMs)}; ` +
    `${report.rulesRun.length} rules run; validate median ${ms(median(times))} (min ${ms(Math.min(...times))}) ` +
    `= ${Math.round(fakeRows / (median(times) / 1000)).toLocaleString("en-GB")} records/s. Budget 200 ms. ` +
    `(The Python tool took 6.15 s for the same return and rules on one core of this machine kind: derived/903_peer_verdicts_fake_return_lac2022_23.json.)`,
);

// (2) A 100,000-child synthetic return.
t = performance.now();
const big = generateReturn({ children: 100_000, collectionYear: "2025-26", seed: 1 });
const genMs = performance.now() - t;
const bigRows = rows(big);
global.gc?.();
const before = process.memoryUsage().rss;
t = performance.now();
const bigReport = validateReturn(big, { collectionYear: "2025-26" });
const bigMs = performance.now() - t;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  `\n(2) Synthetic return: 100,000 children, ${bigRows.toLocaleString("en-GB")} records (generated in ${ms(genMs)}); ` +
    `${bigReport.rulesRun.length} of ${rulesForYear("2025-26").length} rules run; validate ${ms(bigMs)} ` +
    `= ${Math.round(bigRows / (bigMs / 1000)).toLocaleString("en-GB")} records/s; ${bigReport.counts.total} issues. ` +
    `Peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (RSS before validating ${(before / 2 ** 20).toFixed(0)} MB). Budget 5 s, 1 GB.`,
);

// (3) The command line on the same return, as CSV files.
const dir = mkdtempSync(join(tmpdir(), "csc-903-bench-"));
for (const file of writeReturn(big, { format: "csv" })) writeFileSync(join(dir, file.name), file.data);
const bin = join(here, "..", "..", "cli", "dist", "bin.js");
if (existsSync(bin)) {
  t = performance.now();
  const r = spawnSync(process.execPath, [bin, "903", dir, "--year", "2025-26", "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const cliMs = performance.now() - t;
  console.log(
    `\n(3) csc 903 on the 100,000-child return as CSV (read + validate + JSON report): ${ms(cliMs)}, exit ${r.status}.`,
  );
}
rmSync(dir, { recursive: true, force: true });
