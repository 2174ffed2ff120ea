import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csc, workspace } from "./helpers";

const range = (start: string, end?: string) => JSON.stringify(end ? { start, end } : { start });

describe("csc validate: exit codes", () => {
  it("exits 0 when every record is valid", async () => {
    const dir = workspace({ "ok.ndjson": `${range("2024-01-01")}\n${range("2024-01-01", "2024-02-01")}\n` });
    const r = await csc(["validate", "DateRange", "ok.ndjson"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 records in 1 file: 2 valid, 0 invalid.");
  });

  it("exits 1 with a report grouped by rule when records are invalid", async () => {
    const dir = workspace({
      "bad.ndjson": [
        range("2024-02-30"),
        range("2024-03-01", "2024-02-01"),
        range("2024-03-01", "2024-02-02"),
        range("2024-01-01"),
      ].join("\n"),
    });
    const r = await csc(["validate", "DateRange", "bad.ndjson"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("ERROR core/end-not-before-start (2)  end must not be before start.");
    expect(r.stdout).toContain("bad.ndjson:2, record 2, field end");
    expect(r.stdout).toContain("ERROR DateRange/invalid_format (1)");
    expect(r.stdout).toContain("4 records in 1 file: 1 valid, 3 invalid.");
  });

  it("exits 2 for an unknown schema, a missing file, an unknown format and bad options", async () => {
    const dir = workspace({ "x.txt": "hello" });
    const unknown = await csc(["validate", "NoSuchModel", "x.ndjson"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no schema called "NoSuchModel"');
    const missing = await csc(["validate", "DateRange", "missing.ndjson"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("input/unreadable (1)  The file does not exist.");
    const format = await csc(["validate", "DateRange", "x.txt"], { cwd: dir });
    expect(format.code).toBe(2);
    expect(format.stdout).toContain("Cannot tell the format");
    expect((await csc(["validate", "DateRange"], { cwd: dir })).code).toBe(2);
    expect((await csc(["validate", "DateRange", "x.txt", "--format", "xml"], { cwd: dir })).code).toBe(2);
    expect((await csc([])).code).toBe(2);
    expect((await csc(["frobnicate"])).code).toBe(2);
  });

  it("exits 0 for --help and --version on every command", async () => {
    for (const args of [
      ["--help"],
      ["--version"],
      ["validate", "--help"],
      ["schemas", "--help"],
      ["903", "--help"],
      ["minutes", "--help"],
      ["generate", "--help"],
      ["generate", "903", "--help"],
    ]) {
      const r = await csc(args);
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });
});

describe("csc validate: malformed input", () => {
  it("reports a JSON syntax error on line 5000 with line and column, and reads the rest", async () => {
    const lines = Array.from({ length: 6000 }, (_, i) => range(i === 2000 ? "2024-13-01" : "2024-01-01"));
    lines[4999] = '{"start": "2024-01-01",, }';
    const dir = workspace({ "big.ndjson": `${lines.join("\n")}\n` });
    const r = await csc(["validate", "DateRange", "big.ndjson"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /input\/json-syntax \(1\) {2}This line is not valid JSON\.\n {2}big\.ndjson:5000:\d+/,
    );
    expect(r.stdout).toContain("5999 records in 1 file: 5998 valid, 1 invalid; 1 input problem.");
    expect(r.stdout).toContain("big.ndjson:2001, record 2001, field start");
  });

  it("reports a CSV row with too many fields and a truncated CSV, keeping the rows before", async () => {
    const dir = workspace({
      "rows.csv": "start,end\n2024-01-01,2024-01-05\n2024-01-01,2024-01-05,extra\n2024-02-01,\n",
      "cut.csv": 'start,end\n2024-01-01,2024-01-05\n"2024-02-01,2024',
    });
    const r = await csc(["validate", "DateRange", "rows.csv", "cut.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      "ERROR input/csv-syntax (2)  This row has a different number of fields from the header.\n  rows.csv:3\n",
    );
    expect(r.stdout).toMatch(/cut\.csv:3(:\d+)?: A quoted field is never closed/);
    expect(r.stdout).toContain("3 records in 2 files: 3 valid, 0 invalid; 2 input problems.");
  });

  it("names a file in the wrong encoding and reads it with --encoding windows-1252", async () => {
    const latin = Buffer.concat([
      Buffer.from("start,end,note\n2024-01-01,,caf"),
      Buffer.from([0xe9]),
      Buffer.from("\n"),
    ]);
    const dir = workspace({ "excel.csv": latin });
    const strict = await csc(["validate", "DateRange", "excel.csv"], { cwd: dir });
    expect(strict.code).toBe(2);
    expect(strict.stdout).toContain("input/encoding (1)  The file is not valid UTF-8");
    const lenient = await csc(["validate", "DateRange", "excel.csv", "--encoding", "windows-1252"], {
      cwd: dir,
    });
    expect(lenient.code).toBe(0);
  });

  it("reads JSON arrays and single objects, and reports a broken array after the records it could read", async () => {
    const dir = workspace({
      "arr.json": `[${range("2024-01-01")}, ${range("2024-02-30")}]`,
      "one.json": range("2024-01-01"),
      "broken.json": `[${Array.from({ length: 5000 }, () => range("2024-01-01")).join(",")}, {"start": ]`,
      "bad-one.json": '{\n  "start": "2024-01-01",\n  oops\n}',
    });
    const r = await csc(["validate", "DateRange", "arr.json", "one.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("3 records in 2 files: 2 valid, 1 invalid.");
    const broken = await csc(["validate", "DateRange", "broken.json", "bad-one.json"], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stdout).toMatch(/The JSON is not valid; the \d+ records before the error were read\./);
    expect(
      JSON.parse((await csc(["validate", "DateRange", "broken.json", "-f", "json"], { cwd: dir })).stdout)
        .records,
    ).toBeGreaterThan(2000);
    expect(broken.stdout).toMatch(/bad-one\.json:3:\d+: The file is not valid JSON\./);
  });

  it("never puts the content of a bad line into its messages", async () => {
    const dir = workspace({ "p.ndjson": '{"childId": "SECRET-CHILD-77", "start": 2024-01-01}\n' });
    const r = await csc(["validate", "DateRange", "p.ndjson", "--format", "json"], { cwd: dir });
    expect(r.stdout).not.toContain("SECRET-CHILD-77");
  });

  it("never throws, whatever the bytes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom("a.ndjson", "a.csv", "a.json"),
        async (bytes, name) => {
          const dir = workspace({ [name]: bytes });
          const r = await csc(["validate", "DateRange", name], { cwd: dir });
          expect([0, 1, 2]).toContain(r.code);
          expect(r.stderr).not.toContain("unexpected failure");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("csc validate: JSON output and memory bounds", () => {
  it("gives machines a JSON report with complete counts and a bounded issue list", async () => {
    const lines = Array.from({ length: 50 }, () => range("2024-02-30"));
    const dir = workspace({ "many.ndjson": lines.join("\n") });
    const r = await csc(["validate", "DateRange", "many.ndjson", "--format", "json", "--max-issues", "10"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.records).toBe(50);
    expect(out.report.counts.error).toBe(50);
    expect(out.report.issues).toHaveLength(10);
    expect(out.issuesOmitted).toBe(40);
    expect(out.schema.id).toBe("core.DateRange");
  });

  it("converts CSV cells to numbers where the schema wants a number", async () => {
    const dir = workspace({ "counts.csv": "rule,severity,count\n103,error,4\n104,error,x\n" });
    const r = await csc(["validate", "RuleCount", "counts.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("counts.csv:3, record 2, field count");
    expect(readFileSync(join(dir, "counts.csv"), "utf8")).toContain("104,error,x"); // input untouched
  });
});
