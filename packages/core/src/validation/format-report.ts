import type { ValidationIssue } from "./validation-issue";
import type { ValidationReport } from "./validation-report";

/** Options for {@link formatReport}. */
export interface FormatReportOptions {
  /** How many places to list under each rule before summarising the rest (default 5). */
  readonly examplesPerRule?: number;
  /** A title for the first line (default "Validation report"). */
  readonly title?: string;
}

/**
 * A readable plain-text rendering of a report, grouped by rule, most frequent first:
 *
 * ```
 * Validation report: 2 errors, 1 query
 *
 * ERROR 903/103 (2)  Ethnicity is not a valid code.
 *   Header row 4, child 3 … (child ids are shown only when present in the location)
 * ```
 *
 * It prints only what the issues hold; messages are written never to contain personal values, and
 * child ids appear only as locations (drop them first with `redact(ValidationReport, report)` if the
 * text leaves the council).
 */
export function formatReport(report: ValidationReport, options: FormatReportOptions = {}): string {
  const perRule = options.examplesPerRule ?? 5;
  const { counts } = report;
  const parts = [
    plural(counts.error, "error"),
    plural(counts.warning, "warning"),
    plural(counts.query, "query"),
  ]
    .filter((p) => !p.startsWith("0 "))
    .join(", ");
  const lines = [`${options.title ?? "Validation report"}: ${parts || "no issues"}`];
  if (report.rulesRun) lines.push(`Rules run: ${report.rulesRun.length}`);
  if (report.rulesSkipped?.length) lines.push(`Rules skipped: ${report.rulesSkipped.length}`);
  const grouped = new Map<string, ValidationIssue[]>();
  for (const issue of report.issues) {
    const key = `${issue.rule}\u0000${issue.severity}`;
    const list = grouped.get(key);
    if (list) list.push(issue);
    else grouped.set(key, [issue]);
  }
  for (const { rule, severity, count } of report.byRule) {
    const issues = grouped.get(`${rule}\u0000${severity}`) ?? [];
    // A report may keep fewer issues than it counts (a streaming collector's cap): the count is exact.
    const headline = issues[0]?.message ?? "(no examples kept)";
    lines.push("", `${severity.toUpperCase()} ${rule} (${count})  ${headline}`);
    for (const issue of issues.slice(0, perRule)) {
      // One rule may word its findings differently (e.g. a schema rule over several fields).
      const own = issue.message === headline ? "" : `: ${issue.message}`;
      lines.push(`  ${describePlace(issue)}${own}`);
    }
    const shown = Math.min(issues.length, perRule);
    if (count > shown) lines.push(`  … and ${count - shown} more`);
  }
  if (report.rulesSkipped?.length) {
    lines.push("", "Skipped:");
    for (const s of report.rulesSkipped) lines.push(`  ${s.rule}: ${s.reason}`);
  }
  return lines.join("\n");
}

/** Where an issue is, in words: "Episodes row 3 (line 5), child C1, field DECOM". */
export function describePlace(issue: ValidationIssue): string {
  const l = issue.location ?? {};
  const bits: string[] = [];
  if (l.file) bits.push(l.line ? `${l.file}:${l.line}${l.column ? `:${l.column}` : ""}` : l.file);
  else if (l.line) bits.push(`line ${l.line}`);
  if (l.table) bits.push(l.row === undefined ? l.table : `${l.table} row ${l.row}`);
  else if (l.row !== undefined) bits.push(`row ${l.row}`);
  if (l.childId) bits.push(`child ${l.childId}`);
  if (issue.path.length) bits.push(`field ${issue.path.join(".")}`);
  return bits.join(", ") || "(whole record)";
}

function plural(n: number, word: string): string {
  if (n === 1) return `1 ${word}`;
  return `${n} ${word === "query" ? "queries" : `${word}s`}`;
}
