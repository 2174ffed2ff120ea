// Runs the built `csc` command line for a tour section, as a user would from a terminal.
import { spawnSync } from "node:child_process";

const root = new URL("../../", import.meta.url).pathname;
const bin = new URL("../../packages/cli/dist/bin.js", import.meta.url).pathname;

/** Runs `csc <args>` from the repository root; returns its exit code and output. */
export function csc(args) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CI: "1" },
  });
  return { code: r.status ?? 2, stdout: r.stdout, stderr: r.stderr };
}
