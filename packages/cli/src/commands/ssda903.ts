import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import {
  type CollectionYear,
  formatReport,
  isCollectionYear,
  type ValidationIssue,
} from "@childrens-social-care/core";
import {
  type ProviderInfo,
  type ReturnFile,
  readReturn,
  type Ssda903Return,
  SUPPORTED_COLLECTION_YEARS,
  validateReturn,
} from "@childrens-social-care/ssda903";
import { stringify } from "csv-stringify/sync";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { createStepProgress } from "../progress";

/** Options of `csc 903`. */
export interface Ssda903Options {
  readonly year: string;
  readonly previous?: string;
  readonly providers?: string;
  readonly format: "text" | "json" | "csv";
  readonly encoding: "auto" | "utf-8" | "windows-1252";
  /** Examples listed per rule in the text report. */
  readonly examples: number;
  readonly top: number;
}

const RETURN_FILE = /\.(csv|xml)$/i;

/** The files of a return: each argument is a file, or a folder whose .csv and .xml files are taken. */
function listFiles(paths: readonly string[], cwd: string): { files: string[]; problems: ValidationIssue[] } {
  const files: string[] = [];
  const problems: ValidationIssue[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    try {
      if (statSync(path).isDirectory()) {
        const inside = readdirSync(path)
          .filter((name) => RETURN_FILE.test(name))
          .sort()
          .map((name) => join(path, name));
        if (inside.length === 0)
          problems.push(inputIssue(given, "There are no .csv or .xml files in this folder."));
        files.push(...inside);
      } else files.push(path);
    } catch {
      problems.push(inputIssue(given, "The file or folder does not exist or cannot be read."));
    }
  }
  return { files, problems };
}

function inputIssue(file: string, message: string): ValidationIssue {
  return { rule: "input/unreadable", severity: "error", message, path: [], location: { file } };
}

function readFiles(paths: readonly string[], cwd: string, encoding: Ssda903Options["encoding"]) {
  const { files, problems } = listFiles(paths, cwd);
  const loaded: ReturnFile[] = [];
  for (const file of files) {
    try {
      loaded.push({ name: basename(file), data: readFileSync(file) });
    } catch {
      problems.push(inputIssue(basename(file), "The file cannot be read."));
    }
  }
  const { return: ret, issues } = readReturn(loaded, { encoding });
  return { ret, issues: [...problems, ...issues], fileCount: loaded.length };
}

/** Provider lists as JSON (an array of ProviderInfo) or CSV with URN and optional columns. */
function readProviders(path: string, cwd: string): ProviderInfo[] | ValidationIssue {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch {
    return inputIssue(path, "The provider list cannot be read.");
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed))
      return inputIssue(path, "The provider list must be a JSON array of providers.");
    return parsed.filter((p): p is ProviderInfo => typeof p === "object" && p !== null && "urn" in p);
  } catch {
    return inputIssue(
      path,
      "The provider list is not valid JSON (expected an array of { urn, placeCodes, ... }).",
    );
  }
}

function tableSummary(ret: Ssda903Return): string {
  return Object.entries(ret.tables)
    .map(([name, rows]) => `${name} ${rows?.length ?? 0}`)
    .join(", ");
}

/** Issues per child, most first: which children need the most attention. */
function byChild(issues: readonly ValidationIssue[]): { childId: string; count: number; rules: string[] }[] {
  const map = new Map<string, { count: number; rules: Set<string> }>();
  for (const issue of issues) {
    const child = issue.location?.childId;
    if (!child) continue;
    const entry = map.get(child) ?? { count: 0, rules: new Set<string>() };
    entry.count += 1;
    entry.rules.add(issue.rule);
    map.set(child, entry);
  }
  return [...map.entries()]
    .map(([childId, e]) => ({ childId, count: e.count, rules: [...e.rules].sort() }))
    .sort((a, b) => b.count - a.count || (a.childId < b.childId ? -1 : 1));
}

/**
 * `csc 903 <dir|files...> --year 2025-26`: reads a whole SSDA903 return (CSV files and/or the XML
 * file), validates it against every rule in force in the year, and reports by rule and by child.
 */
export function runSsda903(paths: readonly string[], options: Ssda903Options, io: CliIo): ExitCode {
  if (!isCollectionYear(options.year)) {
    io.stderr.write(`csc 903: --year must be a collection year such as 2025-26.\n`);
    return ExitCode.UsageOrInput;
  }
  const year = options.year as CollectionYear;
  if (!(SUPPORTED_COLLECTION_YEARS as readonly string[]).includes(year)) {
    io.stderr.write(
      `csc 903: the rules are known for ${SUPPORTED_COLLECTION_YEARS[0]} to ${SUPPORTED_COLLECTION_YEARS.at(-1)}, not ${year}.\n`,
    );
    return ExitCode.UsageOrInput;
  }
  const current = readFiles(paths, io.cwd, options.encoding);
  const readIssues = [...current.issues];
  let previous: Ssda903Return | undefined;
  if (options.previous) {
    const prev = readFiles([options.previous], io.cwd, options.encoding);
    previous = prev.ret;
    readIssues.push(...prev.issues.map((i) => ({ ...i, message: `Previous year: ${i.message}` })));
  }
  let providers: ProviderInfo[] | undefined;
  if (options.providers) {
    const read = readProviders(options.providers, io.cwd);
    if (Array.isArray(read)) providers = read;
    else readIssues.push(read);
  }
  if (current.fileCount === 0) {
    for (const issue of readIssues) io.stderr.write(`csc 903: ${describe(issue)}\n`);
    io.stderr.write("csc 903: no return files could be read.\n");
    return ExitCode.UsageOrInput;
  }
  const progress = createStepProgress(io, "Checking rules");
  const report = validateReturn(current.ret, {
    collectionYear: year,
    ...(previous ? { previous } : {}),
    ...(providers ? { providers } : {}),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  const children = byChild(report.issues);
  const inputFailed = readIssues.some((i) => i.severity === "error");

  if (options.format === "json") {
    const out = { collectionYear: year, tables: counts(current.ret), readIssues, report, byChild: children };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else if (options.format === "csv") {
    const rows = [...readIssues, ...report.issues].map((i) => [
      i.rule,
      i.severity,
      i.location?.table ?? "",
      i.location?.row ?? "",
      i.location?.childId ?? "",
      i.location?.file ?? "",
      i.location?.line ?? "",
      i.location?.column ?? "",
      i.message,
    ]);
    io.stdout.write(
      stringify(rows, {
        header: true,
        columns: ["rule", "severity", "table", "row", "child", "file", "line", "column", "message"],
      }),
    );
  } else {
    io.stdout.write(`SSDA903 return, collection year ${year}: ${tableSummary(current.ret)}\n`);
    if (readIssues.length) {
      io.stdout.write(`\nProblems reading the files (${readIssues.length}):\n`);
      for (const issue of readIssues) io.stdout.write(`  ${describe(issue)}\n`);
    }
    // Skipped rules are summarised by reason below, rather than listed one per line.
    const { rulesSkipped: _skipped, ...rest } = report;
    io.stdout.write(`\n${formatReport(rest, { title: "Validation", examplesPerRule: options.examples })}\n`);
    const byReason = new Map<string, string[]>();
    for (const s of report.rulesSkipped ?? [])
      byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.rule]);
    if (byReason.size) {
      io.stdout.write("\nSkipped (not passed):\n");
      for (const [reason, rules] of byReason)
        io.stdout.write(
          `  ${rules.length} rule${rules.length === 1 ? "" : "s"}, ${reason}: ${rules.join(", ")}\n`,
        );
    }
    if (children.length) {
      io.stdout.write(
        `\nChildren with the most issues (top ${Math.min(options.top, children.length)} of ${children.length}):\n`,
      );
      for (const c of children.slice(0, options.top)) {
        io.stdout.write(`  ${c.childId.padEnd(12)} ${String(c.count).padStart(4)}  ${c.rules.join(", ")}\n`);
      }
    }
    const skipped = report.rulesSkipped?.length ?? 0;
    io.stdout.write(
      `\n${report.rulesRun?.length ?? 0} rules ran, ${skipped} skipped; ${report.counts.error} errors, ${report.counts.query} queries.\n`,
    );
  }
  if (inputFailed) return ExitCode.UsageOrInput;
  return report.ok ? ExitCode.Clean : ExitCode.ValidationErrors;
}

function counts(ret: Ssda903Return): Record<string, number> {
  return Object.fromEntries(Object.entries(ret.tables).map(([name, rows]) => [name, rows?.length ?? 0]));
}

function describe(issue: ValidationIssue): string {
  const where = [issue.location?.file, issue.location?.line, issue.location?.column].filter(
    (x) => x !== undefined,
  );
  return `${where.join(":")}${where.length ? ": " : ""}${issue.message}`;
}
