// The built program as a user runs it: a real process, real pipes, no progress bar off a terminal.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { workspace } from "./helpers";

// The launcher npm links as `csc` (it loads dist/bin.js).
const bin = new URL("../bin/csc.mjs", import.meta.url).pathname;

describe("csc (built binary)", () => {
  it("runs, validates and sets its exit code", () => {
    const dir = workspace({ "a.ndjson": '{"start":"2024-01-01","end":"2023-01-01"}\n' });
    const r = spawnSync(process.execPath, [bin, "validate", "DateRange", "a.ndjson"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("core/end-not-before-start");
    expect(r.stderr).toBe(""); // no progress bar in a pipe
  });

  it("ends quietly when the reader of its output goes away", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" schemas --list | head -1`], {
      encoding: "utf8",
    });
    expect(r.stderr).not.toContain("EPIPE");
    expect(r.stdout.split("\n")[0]).toMatch(/^\w+ +[a-z-]+\.\w+/);
  });
});
