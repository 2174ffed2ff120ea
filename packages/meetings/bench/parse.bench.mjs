// Throughput and linearity of parseMinutes on the built package (run: npm run bench -w
// @childrens-social-care/meetings, after the build). Parses 0.1, 1 and 10 MB of minutes text (the
// three shared fixtures concatenated over and over) and prints the median time, MB/s, and how the time
// grows with the input: a linear parser costs about 10x the time for 10x the text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseMinutes } from "@childrens-social-care/meetings";

function fixturesDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, "shared", "fixtures", "minutes");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error("The shared minutes fixtures were not found (../shared/fixtures/minutes).");
}

const dir = fixturesDir();
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(dir, f), "utf8"))
  .join("\n");

/** About `bytes` bytes of UTF-8 minutes text, whole fixtures repeated. */
function textOf(bytes) {
  const unit = Buffer.byteLength(corpus) + 1;
  return Array.from({ length: Math.max(1, Math.round(bytes / unit)) }, () => corpus).join("\n");
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Wall time and this process's CPU time (user + system) of each run. On a shared machine the wall time
// includes waiting for a core; the fastest run and the CPU time show what the parser itself costs.
function time(text, runs, check = false) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const { item } = parseMinutes(text);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (check && item.decisions.length === 0) throw new Error("the benchmark text should parse to decisions");
  }
  return { median: median(wall), min: Math.min(...wall), cpu: median(cpu) };
}

// Warm up the JIT on the real shape of the input.
time(textOf(1e6), 3, true);

const rows = [];
for (const [label, bytes, runs] of [
  ["0.1 MB", 1e5, 15],
  ["1 MB", 1e6, 9],
  ["10 MB", 1e7, 5],
]) {
  const text = textOf(bytes);
  const size = Buffer.byteLength(text);
  const t = time(text, runs, true);
  rows.push({
    input: label,
    bytes: size,
    "median ms": t.median.toFixed(1),
    "fastest ms": t.min.toFixed(1),
    "CPU ms (median)": t.cpu.toFixed(1),
    "MB/s (fastest)": (size / 1e6 / (t.min / 1000)).toFixed(1),
  });
}

// Adversarial inputs of 1 MB each: shapes that make a careless parser quadratic (one huge line with
// many commas, thousands of distinct people, a clause wrapped over thousands of lines, only white space).
const MB = 1e6;
const names = Array.from(
  { length: 20000 },
  (_, i) => `Alex${i.toString(36)} Smith${(i * 7).toString(36)}, Head of Service, presented the report.`,
);
const adversarial = [
  ["one line, many commas", `In response to ${"a point, ".repeat(MB / 10)}`],
  ["20,000 distinct presenters", names.join("\n").slice(0, MB)],
  [
    "clause wrapped over 40,000 lines",
    `RESOLVED:\n1. That the Board notes\n${"the report, its annex\n".repeat(MB / 25)}`,
  ],
  ["40,000 short clauses", `RESOLVED:\n${"(a) the report be noted;\n".repeat(MB / 25)}`],
  ["white space and NBSP only", " \u00a0\t\n".repeat(MB / 4)],
  ["brackets and numbering", "((1) (a) 1.1.1 · o - ".repeat(MB / 20)],
];
const adversarialRows = adversarial.map(([label, text]) => {
  const t = time(text, 3);
  return {
    input: label,
    bytes: Buffer.byteLength(text),
    "fastest ms": t.min.toFixed(1),
    "CPU ms (median)": t.cpu.toFixed(1),
  };
});

console.log(
  `Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, load average ${loadavg()[0]?.toFixed(1)}`,
);
console.table(rows);
const ratio = (key) => (Number(rows[2][key]) / Number(rows[1][key])).toFixed(2);
console.log(
  `10 MB / 1 MB: fastest ${ratio("fastest ms")}x, CPU ${ratio("CPU ms (median)")}x, median ${ratio("median ms")}x (linear is about ${(rows[2].bytes / rows[1].bytes).toFixed(1)}x)`,
);
console.log(
  `10 MB under 1 s: ${Number(rows[2]["fastest ms"]) < 1000 ? "yes" : "NO"} (fastest run ${rows[2]["fastest ms"]} ms)`,
);
console.log("Adversarial inputs (1 MB each; linear means close to the 1 MB row above):");
console.table(adversarialRows);
