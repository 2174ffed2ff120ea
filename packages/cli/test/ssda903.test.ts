import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csc, workspace } from "./helpers";

async function generated(children = 40, seed = 5) {
  const dir = workspace({});
  const r = await csc(
    [
      "generate",
      "903",
      "--children",
      String(children),
      "--year",
      "2025-26",
      "--seed",
      String(seed),
      "--out",
      "ret",
    ],
    {
      cwd: dir,
    },
  );
  expect(r.code).toBe(0);
  return join(dir, "ret");
}

describe("csc generate 903", () => {
  it("writes the same return for the same seed, and never writes over existing files", async () => {
    const a = await generated(30, 9);
    const b = await generated(30, 9);
    for (const name of readdirSync(a))
      expect(readFileSync(join(a, name), "utf8")).toBe(readFileSync(join(b, name), "utf8"));
    const before = statSync(join(a, "header.csv")).mtimeMs;
    const again = await csc(["generate", "903", "--children", "5", "--year", "2025-26", "--out", a]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exist");
    expect(statSync(join(a, "header.csv")).mtimeMs).toBe(before);
  });

  it("rejects a bad year or count with exit 2", async () => {
    expect((await csc(["generate", "903", "--children", "5", "--year", "2025", "--out", "x"])).code).toBe(2);
    expect((await csc(["generate", "903", "--children", "-3", "--year", "2025-26", "--out", "x"])).code).toBe(
      2,
    );
  });
});

describe("csc 903", () => {
  it("validates a folder, reporting by rule and by child, exit 1 when errors are found", async () => {
    const dir = await generated();
    const header = join(dir, "header.csv");
    const lines = readFileSync(header, "utf8").split("\r\n");
    const cells = (lines[1] as string).split(",");
    cells[2] = "31/02/2015"; // DOB that does not exist: rule 102
    lines[1] = cells.join(",");
    writeFileSync(header, lines.join("\r\n"));
    const r = await csc(["903", dir, "--year", "2025-26"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("ERROR 102");
    expect(r.stdout).toContain("header.csv:2, Header record 1");
    expect(r.stdout).toContain("Children with the most issues");
    expect(r.stdout).not.toContain("31/02/2015");
  });

  it("writes JSON and CSV reports for machines", async () => {
    const dir = await generated();
    const json = await csc(["903", dir, "--year", "2025-26", "--format", "json"]);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.collectionYear).toBe("2025-26");
    expect(parsed.tables.Header).toBe(40);
    expect(parsed.report.rulesRun.length).toBeGreaterThan(50);
    expect(Array.isArray(parsed.byChild)).toBe(true);
    const csv = await csc(["903", dir, "--year", "2025-26", "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toBe("rule,severity,table,row,child,file,line,column,message");
  });

  it("names the file, line and column of a truncated CSV, and still reports the rest (exit 2)", async () => {
    const dir = await generated();
    const episodes = join(dir, "episodes.csv");
    const text = readFileSync(episodes, "utf8");
    writeFileSync(episodes, `${text.slice(0, text.length - 40)}"unterminated`);
    const r = await csc(["903", dir, "--year", "2025-26"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/episodes\.csv:\d+(:\d+)?: /);
    expect(r.stdout).toContain("Header 40");
  });

  it("reads Windows-1252 files, and says when it had to", async () => {
    const dir = await generated();
    const header = join(dir, "header.csv");
    const bytes = readFileSync(header);
    writeFileSync(
      header,
      Buffer.concat([bytes, Buffer.from([0x43, 0x39, 0x39, 0xe9, 0x2c, 0x31, 0x0d, 0x0a])]),
    );
    const strict = await csc(["903", dir, "--year", "2025-26", "--encoding", "utf-8"]);
    expect(strict.code).toBe(2);
    expect(strict.stdout).toContain("header.csv");
  });

  it("exits 2 for a missing folder, a bad year, or a folder with no return files", async () => {
    expect((await csc(["903", "/no/such/folder", "--year", "2025-26"])).code).toBe(2);
    const dir = await generated();
    expect((await csc(["903", dir, "--year", "25-26"])).code).toBe(2);
    const unknownYear = await csc(["903", dir, "--year", "2030-31"]);
    expect(unknownYear.code).toBe(2);
    expect(unknownYear.stderr).toContain("2022-23 to 2026-27");
    expect((await csc(["903", workspace({ "notes.txt": "x" }), "--year", "2025-26"])).code).toBe(2);
  });
});

describe("csc minutes", () => {
  const minutes = [
    "Agenda item",
    "",
    "Fostering Recruitment",
    "",
    "Minutes:",
    "",
    "Sam Patel, Fostering Manager, presented the report.",
    "",
    "RESOLVED that the report be noted.",
    "",
  ].join("\n");

  it("prints the agenda item as JSON", async () => {
    const dir = workspace({ "item.txt": minutes });
    const r = await csc(["minutes", "item.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.item.title).toBe("Fostering Recruitment");
    expect(out.item.decisions[0].clauses[0].text).toContain("the report be noted");
  });

  it("never writes over an input file, nor over an existing file without --force", async () => {
    const dir = workspace({ "item.txt": minutes, "out.json": "{}" });
    const over = await csc(["minutes", "item.txt", "--out", "item.txt"], { cwd: dir });
    expect(over.code).toBe(2);
    expect(readFileSync(join(dir, "item.txt"), "utf8")).toBe(minutes);
    expect((await csc(["minutes", "item.txt", "--out", "out.json"], { cwd: dir })).code).toBe(2);
    expect((await csc(["minutes", "item.txt", "--out", "out.json", "--force"], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).item.title).toBe("Fostering Recruitment");
  });

  it("exits 2 for a missing file or one that is not UTF-8, and still parses the others", async () => {
    const dir = workspace({ "item.txt": minutes, "latin1.txt": new Uint8Array([0x63, 0x61, 0x66, 0xe9]) });
    const r = await csc(["minutes", "item.txt", "latin1.txt", "gone.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("latin1.txt is not valid UTF-8");
    expect(r.stderr).toContain("gone.txt does not exist");
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    const none = await csc(["minutes", "gone.txt"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    const empty = workspace({ "empty.txt": "  \n" });
    const e = await csc(["minutes", "empty.txt"], { cwd: empty });
    expect(e.code).toBe(2);
    expect(e.stderr).toContain("empty.txt is empty");
  });

  it("names the ids to choose from when a schema name belongs to several packages, and refuses a folder", async () => {
    const r = await csc(["validate", "ActionStatus", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is a schema of several packages");
    expect(r.stderr).toContain("meetings.ActionStatus");
    const dir = workspace({});
    const folder = await csc(["validate", "DateRange", "."], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stdout).toContain("This is a folder");
  });
});
