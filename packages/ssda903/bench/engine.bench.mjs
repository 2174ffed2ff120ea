// Benchmark (not a test) of the SSDA903 engine against the issue's targets, side by side with the
// Python validator when it can run here. Run after `npm run build` (it is part of `npm run bench`):
//   node bench/engine.bench.mjs [runs]
// (1) read + validate of the Python tool's fake return (2,675 children, 2022-23 rules), in a fresh
//     process each run (cold, as a command line meets it), and warm in one process;
// (2) the whole `csc 903` process on the fake return;
// (3) `csc 903` on a generated 100,000-child return (2025-26), with peak memory.
// The Python side runs scripts/python-903.py when CSC_PY903_DIR names a checkout of
// data-to-insight/csc-validator-be-903 and python3 (or CSC_PYTHON) has pandas; otherwise its timings are taken from
// the shared verdict file and the line says so. Medians of wall and CPU time; the machine's load is
// printed, since figures on a busy machine are slower and noisier.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { referencePath } from "../../../scripts/reference.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..", "..");
const runs = Number(process.argv[2] ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(3)} s`;
const usageFile = join(mkdtempSync(join(tmpdir(), "csc-bench-")), "usage.jsonl");

/** Runs a command `runs` times; wall from here, CPU and peak memory from the child's own accounting. */
function timeProcess(cmd, args, env = {}) {
  const wall = [];
  const cpu = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    rmSync(usageFile, { force: true });
    const t0 = performance.now();
    const r = spawnSync(cmd, args, {
      env: { ...process.env, ...env, CSC_BENCH_USAGE: usageFile },
      maxBuffer: 1 << 30,
    });
    wall.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`);
    const last = readFileSync(usageFile, "utf8").trim().split("\n").at(-1);
    const u = JSON.parse(last ?? "{}");
    cpu.push(u.cpuMs);
    rss.push(u.maxRssKb / 1024);
  }
  return { wall: median(wall), cpu: median(cpu), rss: median(rss) };
}

const node = (script, ...args) => [
  process.execPath,
  ["--import", join(here, "usage-at-exit.mjs"), script, ...args],
];
console.log(
  `Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);

const fakeDir = referencePath(
  "reference",
  "ssda903-data",
  "data-to-insight__csc-validator-be-903",
  "tests",
  "fake_data",
);
const bin = join(repo, "packages", "cli", "dist", "bin.js");
const CLASSIC = [
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
if (fakeDir) {
  const dir = mkdtempSync(join(tmpdir(), "csc-bench-fake-"));
  for (const n of CLASSIC) writeFileSync(join(dir, `${n}.csv`), readFileSync(join(fakeDir, `${n}.csv`)));
  // (1) in-process read + validate, cold: a fresh process per run that reads and validates once.
  const probe = join(here, "read-validate.mjs");
  rmSync(usageFile, { force: true });
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [probe, dir, "2022-23", "10"], { encoding: "utf8" });
    const m = JSON.parse(r.stdout);
    cold.push(m.coldMs);
    warm.push(m.warmMs);
  }
  const coldCpu = [];
  for (let i = 0; i < runs; i++)
    coldCpu.push(
      JSON.parse(spawnSync(process.execPath, [probe, dir, "2022-23", "0"], { encoding: "utf8" }).stdout)
        .coldCpuMs,
    );
  // (2) the whole command.
  const cli = existsSync(bin) ? timeProcess(...node(bin, "903", dir, "--year", "2022-23")) : undefined;
  // The Python tool, side by side when it can run here.
  let py;
  const pyDir = process.env.CSC_PY903_DIR;
  if (pyDir && existsSync(pyDir)) {
    const script = join(repo, "scripts", "python-903.py");
    const own = [];
    const wall = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const python = process.env.CSC_PYTHON ?? "python3";
      const args = [script, "--validator", pyDir, "--data", dir, "--ruleset", "lac2022_23"];
      const r = spawnSync(python, args, { encoding: "utf8" });
      wall.push(performance.now() - t0);
      if (r.status !== 0)
        throw new Error(`The Python tool did not run (${python}; set CSC_PYTHON): ${r.stderr.slice(-300)}`);
      own.push(JSON.parse(r.stdout.trim().split("\n").at(-1)));
    }
    py = {
      validate: median(own.map((o) => o.validate_s * 1000)),
      validateCpu: median(own.map((o) => o.validate_cpu_s * 1000)),
      whole: median(wall),
      source: "run here now",
    };
  } else {
    const peer = referencePath(
      "reference",
      "ssda903-data",
      "derived",
      "903_peer_verdicts_fake_return_lac2022_23.json",
    );
    if (peer)
      py = {
        validate: JSON.parse(readFileSync(peer, "utf8")).validate_s * 1000,
        source: "shared verdict file (not run here: set CSC_PY903_DIR)",
      };
  }
  console.log(
    `\n(1) fake return, read + validate in-process: cold median ${s(median(cold))} (CPU ${s(median(coldCpu))}), warm median ${s(median(warm))}`,
  );
  if (py) {
    console.log(
      `    Python tool read + validate: ${s(py.validate)}${py.validateCpu ? ` (CPU ${s(py.validateCpu)})` : ""} [${py.source}]`,
    );
    console.log(
      `    ratio (cold): ${(py.validate / median(cold)).toFixed(1)}x; warm: ${(py.validate / median(warm)).toFixed(1)}x (target >= 30x)`,
    );
  }
  if (cli) {
    console.log(
      `(2) csc 903 whole process: wall ${s(cli.wall)}, CPU ${s(cli.cpu)}, peak ${cli.rss.toFixed(0)} MB (target <= 0.250 s)`,
    );
    if (py?.whole)
      console.log(
        `    Python tool whole process: ${s(py.whole)}; ratio ${(py.whole / cli.wall).toFixed(1)}x (target >= 12x)`,
      );
  }
  rmSync(dir, { recursive: true, force: true });
}

// (3) 100,000 children.
if (existsSync(bin)) {
  const { generateReturn, writeReturn } = await import("../dist/index.js");
  const dir = mkdtempSync(join(tmpdir(), "csc-bench-100k-"));
  const big = generateReturn({ children: 100_000, collectionYear: "2025-26", seed: 1 });
  for (const file of writeReturn(big, { format: "csv" })) writeFileSync(join(dir, file.name), file.data);
  const r = timeProcess(...node(bin, "903", dir, "--year", "2025-26"));
  console.log(
    `(3) csc 903 on 100,000 children: wall ${s(r.wall)}, CPU ${s(r.cpu)}, peak ${r.rss.toFixed(0)} MB (targets <= 1.5 s, <= 600 MB)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
