#!/usr/bin/env node
// The project's whole check, as `npm test` runs it: lint and format (Biome), then through turbo the
// build, type check, unit and type tests, and package checks (publint --strict, attw --pack) of every
// workspace. It ends with one line, `N passed, N failed`, summed from each package's vitest JSON report,
// so a reader of a CI log sees how many tests ran. Exits non-zero when any step failed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = ["packages", "examples"].flatMap((dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(root, dir, d.name))
    : [],
);

// Stale reports must not be counted: turbo restores them from its cache when it skips a task.
for (const ws of workspaces) rmSync(join(ws, ".vitest"), { recursive: true, force: true });

const run = (cmd, args) =>
  spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env }).status ?? 1;
let failed = 0;
failed |= run("npx", ["biome", "check", "."]) === 0 ? 0 : 1;
failed |= run("npx", ["turbo", "run", "build", "typecheck", "test", "lint:pkg", "--continue"]) === 0 ? 0 : 1;

let passed = 0;
let failedTests = 0;
let skipped = 0;
const missing = [];
// Suites skipped for want of the shared reference data or a browser (scripts/reference-suite.ts) are
// one skipped test each, titled "skipped: <what> (<why>)"; they are listed once each at the end.
const skipLines = new Map();
for (const ws of workspaces) {
  const pkg = JSON.parse(readFileSync(join(ws, "package.json"), "utf8"));
  if (!pkg.scripts?.test) continue;
  const file = join(ws, ".vitest", "results.json");
  if (!existsSync(file)) {
    missing.push(pkg.name);
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failedTests += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that fails to load (syntax error, missing import) counts no test but must still fail.
  if (r.numFailedTestSuites > 0 && r.numFailedTests === 0) failedTests += r.numFailedTestSuites;
  for (const suite of r.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (!t.title.startsWith("skipped: ")) continue;
      const line = `${pkg.name}: ${t.title}`;
      skipLines.set(line, (skipLines.get(line) ?? 0) + 1);
    }
  }
}
if (skipLines.size) {
  console.log("");
  for (const [line, n] of skipLines) console.log(n > 1 ? `${line} [${n} suites]` : line);
  console.log("(CSC_REQUIRE_REFERENCE=1 makes these failures; CI sets it.)");
}
if (missing.length) {
  console.error(`No test report from: ${missing.join(", ")}`);
  failed = 1;
}
console.log(`\n${passed} passed, ${failedTests} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed || failedTests ? 1 : 0);
