// Synthetic return generation and the codec at scale, on the built package (run:
// npm run bench -w @childrens-social-care/ssda903, after a build). Prints wall time, records per
// second and peak resident memory; compare runs on the same machine only.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { generateReturn, generateReturnPair, readReturn, writeReturn } from "@childrens-social-care/ssda903";

const children = Number(process.argv[2] ?? 100_000);
const year = "2024-25";
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 5);

function time(label, fn, records) {
  globalThis.gc?.();
  const t0 = performance.now();
  const out = fn();
  const s = (performance.now() - t0) / 1000;
  sample();
  const n = typeof records === "function" ? records(out) : records;
  rows.push({
    step: label,
    seconds: s.toFixed(2),
    records: n.toLocaleString("en-GB"),
    "records/s": Math.round(n / s).toLocaleString("en-GB"),
  });
  return out;
}

const rows = [];
const count = (ret) => Object.values(ret.tables).reduce((a, t) => a + t.length, 0);
// The Python tool's fake return (2,675 children), when the shared reference folder is beside the repo.
const fake = new URL(
  "../../../../shared/reference/ssda903-data/data-to-insight__csc-validator-be-903/tests/fake_data/",
  import.meta.url,
);
if (existsSync(fake)) {
  const names = readdirSync(fake).filter((n) => n.endsWith(".csv") && n !== "placed_for_adoption_errors.csv");
  const files = names.map((name) => ({ name, data: new Uint8Array(readFileSync(new URL(name, fake))) }));
  for (let k = 0; k < 5; k++) readReturn(files); // warm up first
  // Small and quick: the best of 10 runs, so a busy shared machine disturbs it less.
  let best = Number.POSITIVE_INFINITY;
  let n = 0;
  for (let k = 0; k < 10; k++) {
    const t0 = performance.now();
    n = count(readReturn(files).return);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  rows.push({
    step: "readReturn fake return CSV (2,675 children), best of 10",
    seconds: best.toFixed(3),
    records: n.toLocaleString("en-GB"),
    "records/s": Math.round(n / best).toLocaleString("en-GB"),
  });
}
// Warm up the JIT on a small return first, as a long-running process would be.
generateReturn({ children: 2000, collectionYear: year, seed: 0 });
const ret = time(
  `generateReturn (${children.toLocaleString("en-GB")} children)`,
  () => generateReturn({ children, collectionYear: year, seed: 1 }),
  count,
);
const records = count(ret);
time(
  `generateReturnPair (${children.toLocaleString("en-GB")} children, this year and last)`,
  () => generateReturnPair({ children, collectionYear: year, seed: 1 }),
  (p) => count(p.current) + count(p.previous),
);
const csv = time("writeReturn csv", () => writeReturn(ret, { format: "csv" }), records);
const back = time("readReturn csv", () => readReturn(csv), records);
if (back.issues.length > 0 || count(back.return) !== records) throw new Error("CSV read-back differs");
const xml = time("writeReturn xml", () => writeReturn(ret, { format: "xml" }), records);
time("readReturn xml", () => readReturn(xml), records);
clearInterval(timer);

const sizes = Object.fromEntries(Object.entries(ret.tables).map(([t, r]) => [t, r.length]));
console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}`);
console.log("rows per table:", JSON.stringify(sizes));
console.log(
  `CSV ${(csv.reduce((a, f) => a + f.data.length, 0) / 1e6).toFixed(1)} MB, XML ${(xml[0].data.length / 1e6).toFixed(1)} MB`,
);
console.table(rows);
console.log(`peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
