#!/usr/bin/env node
// `npm start`: a short tour of what the project does, run against the sample data in samples/.
// Each package adds a section as a numbered file in scripts/tour/ (run in name order; other files there are helpers), so the tour grows with
// the project without one file that everyone edits.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// Build the published packages first (turbo skips what is already built).
const root = new URL("..", import.meta.url).pathname;
const build = spawnSync(
  "npx",
  ["turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"],
  {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    shell: process.platform === "win32",
  },
);
if (build.status !== 0) {
  console.error("The build failed; run `npm run build` to see why.");
  process.exit(1);
}

const dir = new URL("./tour/", import.meta.url).pathname;
const sections = readdirSync(dir)
  .filter((f) => /^\d+-.*\.mjs$/.test(f))
  .sort();
let exitCode = 0;
for (const file of sections) {
  const section = await import(pathToFileURL(join(dir, file)).href);
  console.log(`\n=== ${section.title} ===\n`);
  try {
    await section.run();
  } catch (error) {
    exitCode = 1;
    console.error(`This section failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(exitCode);
