// Runs the example as a user would, through both module systems, against the built core package.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const here = new URL("..", import.meta.url).pathname;
const sample = new URL("../../../samples/children.ndjson", import.meta.url).pathname;

function run(script: string, file: string) {
  return spawnSync(process.execPath, [script, file], { cwd: here, encoding: "utf8" });
}

describe.each(["check.mjs", "check.cjs"])("%s", (script) => {
  it("reports the sample's mistakes by rule and exits 1", () => {
    const r = run(script, sample);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("core/upn (1)  The UPN check letter does not match the rest of the UPN.");
    expect(r.stdout).toContain("core/nhs-number (1)  The NHS number check digit");
    expect(r.stdout).toMatch(/children\.ndjson:6, field homePostcode/);
  });

  it("exits 0 on clean data", () => {
    const dir = mkdtempSync(join(tmpdir(), "ids-"));
    const file = join(dir, "ok.ndjson");
    writeFileSync(
      file,
      `${JSON.stringify({ upn: "B801200005001", nhsNumber: "943 476 5919", homePostcode: "sw1a1aa" })}\n`,
    );
    const r = run(script, file);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("no issues");
    expect(r.status).toBe(0);
  });
});
