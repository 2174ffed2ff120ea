import { statSync } from "node:fs";
import { resolve } from "node:path";
import { formatReport, issuesFromZod, type ValidationIssue } from "@childrens-social-care/core";
import * as z from "zod";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { findModel } from "../models";
import { createProgress } from "../progress";
import type { InputEncoding } from "../readers/decode";
import { formatFromName, type InputFormat } from "../readers/read-item";
import { cellConverterFor, readRecords } from "../readers/read-records";
import { ReportCollector } from "../report-collector";

/** Options of `csc validate`. */
export interface ValidateOptions {
  readonly format: "text" | "json";
  readonly inputFormat?: InputFormat;
  readonly encoding: InputEncoding;
  readonly maxIssues: number;
}

/**
 * `csc validate <schema> <file...>`: validates every record of JSON, NDJSON or CSV files against one
 * public schema, streaming, and prints a report grouped by rule. Returns the exit code.
 */
export async function runValidate(
  schemaName: string,
  files: readonly string[],
  options: ValidateOptions,
  io: CliIo,
): Promise<ExitCode> {
  const { model, candidates } = findModel(schemaName);
  if (!model) {
    const hint = candidates.length
      ? ` Did you mean: ${candidates
          .slice(0, 8)
          .map((m) => (candidates.length > 1 && m.name === schemaName ? m.id : m.name))
          .join(", ")}?`
      : " Run `csc schemas --list` to see them.";
    const ambiguous = candidates.length > 1 && candidates.every((m) => m.name === schemaName);
    io.stderr.write(
      ambiguous
        ? `csc validate: "${schemaName}" is a schema of several packages; name one by its id: ${candidates.map((m) => m.id).join(", ")}.\n`
        : `csc validate: no schema called "${schemaName}".${hint}\n`,
    );
    return ExitCode.UsageOrInput;
  }
  const collector = new ReportCollector(options.maxIssues);
  const progress = createProgress(io);
  const convert = cellConverterFor(model.schema);
  let records = 0;
  let invalidRecords = 0;
  let inputProblems = 0;
  const perFile: { file: string; records: number; invalid: number; readable: boolean }[] = [];

  for (const file of files) {
    const path = resolve(io.cwd, file);
    const format = options.inputFormat ?? formatFromName(file);
    const summary = { file, records: 0, invalid: 0, readable: true };
    perFile.push(summary);
    if (isFolder(path)) {
      inputProblems += 1;
      summary.readable = false;
      collector.add([
        inputIssue(file, "input/unreadable", "This is a folder, not a file: name the files to validate."),
      ]);
      continue;
    }
    if (!format) {
      inputProblems += 1;
      summary.readable = false;
      collector.add([
        inputIssue(
          file,
          "input/format",
          "Cannot tell the format from the file name: use .json, .ndjson, .jsonl or .csv, or pass --input-format.",
        ),
      ]);
      continue;
    }
    let size = 0;
    try {
      size = statSync(path).size;
    } catch {
      // readRecords reports the missing or unreadable file itself.
    }
    progress.start(size, file);
    let pendingBytes = 0;
    const onBytes = (n: number) => {
      pendingBytes += n;
    };
    for await (const item of readRecords(path, format, { encoding: options.encoding, onBytes, convert })) {
      if (item.kind === "problem") {
        inputProblems += 1;
        if (item.fatal) summary.readable = false;
        const location: ValidationIssue["location"] = { file };
        if (item.line) location.line = item.line;
        if (item.column) location.column = item.column;
        collector.add([{ rule: item.rule, severity: "error", message: item.message, path: [], location }]);
        continue;
      }
      records += 1;
      summary.records += 1;
      const result = z.safeParse(model.schema, item.value);
      if (!result.success) {
        invalidRecords += 1;
        summary.invalid += 1;
        const location: ValidationIssue["location"] = { file, row: item.index };
        if (item.line) location.line = item.line;
        const childId = (item.value as { childId?: unknown } | null)?.childId;
        if (typeof childId === "string") location.childId = childId;
        collector.add(issuesFromZod(result.error.issues, { rulePrefix: model.name, location }));
      }
      if (pendingBytes) {
        progress.advance(pendingBytes, 1);
        pendingBytes = 0;
      }
    }
    progress.stop();
  }

  const report = collector.report();
  if (options.format === "json") {
    const out = {
      schema: { name: model.name, id: model.id, package: model.packageName },
      records,
      invalidRecords,
      inputProblems,
      files: perFile,
      issuesOmitted: collector.omitted,
      report,
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.stdout.write(`${formatReport(report, { title: `${model.name} (${model.id})` })}\n`);
    if (collector.omitted)
      io.stdout.write(`\n(${collector.omitted} further issues counted but not listed; see --max-issues)\n`);
    io.stdout.write(
      `\n${records} record${records === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"}: ${records - invalidRecords} valid, ${invalidRecords} invalid${inputProblems ? `; ${inputProblems} input problem${inputProblems === 1 ? "" : "s"}` : ""}.\n`,
    );
  }
  if (inputProblems) return ExitCode.UsageOrInput;
  return report.ok ? ExitCode.Clean : ExitCode.ValidationErrors;
}

function inputIssue(file: string, rule: string, message: string): ValidationIssue {
  return { rule, severity: "error", message, path: [], location: { file } };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
