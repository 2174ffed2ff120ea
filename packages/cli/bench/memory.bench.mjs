// Memory of `csc validate` on a large NDJSON file: writes SIZE_MB (default 1024) of records to a temp
// file (some invalid), validates it with the built binary, and prints records/s and peak RSS.
// Run: npm run bench:memory -w @childrens-social-care/cli [-- 256]
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";

const sizeMb = Number(process.argv[2] ?? 1024);
const dir = mkdtempSync(join(tmpdir(), "csc-mem-"));
const file = join(dir, "big.ndjson");
const out = createWriteStream(file);
const line = (i) =>
  `${JSON.stringify({ start: "2024-01-01", end: i % 1000 === 0 ? "2023-12-31" : "2024-06-30", note: "x".repeat(60) })}\n`;
let written = 0;
let i = 0;
while (written < sizeMb * 1_048_576) {
  const text = line(i++);
  written += text.length;
  if (!out.write(text)) await new Promise((r) => out.once("drain", r));
}
await new Promise((r) => out.end(r));
console.log(`Wrote ${i.toLocaleString("en-GB")} records, ${(statSync(file).size / 1_048_576).toFixed(0)} MB`);

const bin = new URL("../dist/bin.js", import.meta.url).pathname;
const rss = new URL("./report-rss.mjs", import.meta.url).pathname;
const t0 = performance.now();
const r = spawnSync(
  process.execPath,
  ["--import", rss, bin, "validate", "DateRange", file, "-f", "json", "--max-issues", "100"],
  {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  },
);
const seconds = (performance.now() - t0) / 1000;
const report = JSON.parse(r.stdout);
console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}`);
console.log(
  `Validated ${report.records.toLocaleString("en-GB")} records (${report.invalidRecords} invalid) in ${seconds.toFixed(1)} s: ${Math.round(report.records / seconds).toLocaleString("en-GB")} records/s; exit ${r.status}`,
);
console.log(r.stderr.trim().split("\n").pop());
rmSync(dir, { recursive: true, force: true });
