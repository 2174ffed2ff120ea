import * as z from "zod";
import { Severity, ValidationIssue } from "./validation-issue";

/** A rule that was not run, and why (e.g. reference data missing, not in force in the year). */
export const SkippedRule = z
  .object({ rule: z.string().min(1), reason: z.string().min(1) })
  .meta({ id: "core.SkippedRule", title: "Skipped rule" });
/** A rule that was not run, and why. */
export type SkippedRule = z.infer<typeof SkippedRule>;

/** A rule that threw instead of returning its findings: a defect in the rule, never a verdict on the data. */
export const FailedRule = z
  .object({ rule: z.string().min(1), error: z.string().min(1) })
  .meta({ id: "core.FailedRule", title: "Failed rule" });
/** A rule that threw instead of returning its findings. */
export type FailedRule = z.infer<typeof FailedRule>;

/** The count of one rule's issues. */
export const RuleCount = z
  .object({ rule: z.string(), severity: Severity, count: z.int().min(0) })
  .meta({ id: "core.RuleCount", title: "Rule count" });
/** The count of one rule's issues. */
export type RuleCount = z.infer<typeof RuleCount>;

/**
 * The result of validating something: every issue, counts by severity and by rule, and which rules ran
 * or were skipped. `ok` is true when there is no issue of severity `error`.
 */
export const ValidationReport = z
  .object({
    ok: z.boolean(),
    issues: z.array(ValidationIssue),
    counts: z.object({
      total: z.int().min(0),
      error: z.int().min(0),
      warning: z.int().min(0),
      query: z.int().min(0),
    }),
    /** Issues per rule, most frequent first (ties by rule id). */
    byRule: z.array(RuleCount),
    rulesRun: z.array(z.string()).optional(),
    rulesSkipped: z.array(SkippedRule).optional(),
    /** Rules that threw; each also has an error issue, so a report with one is never `ok`. */
    rulesFailed: z.array(FailedRule).optional(),
  })
  .meta({ id: "core.ValidationReport", title: "Validation report" });
/** The result of validating something. */
export type ValidationReport = z.infer<typeof ValidationReport>;

/** Builds a report from issues, with counts; optionally records which rules ran and which were skipped. */
export function createReport(
  issues: readonly ValidationIssue[],
  rules: { ran?: readonly string[]; skipped?: readonly SkippedRule[]; failed?: readonly FailedRule[] } = {},
): ValidationReport {
  const counts = { total: issues.length, error: 0, warning: 0, query: 0 };
  // Counted by rule, then severity: no key string built per issue (a return may have 100,000s).
  const perRule = new Map<string, Partial<Record<Severity, RuleCount>>>();
  const entries: RuleCount[] = [];
  for (const issue of issues) {
    counts[issue.severity] += 1;
    let bySeverity = perRule.get(issue.rule);
    if (!bySeverity) {
      bySeverity = {};
      perRule.set(issue.rule, bySeverity);
    }
    const entry = bySeverity[issue.severity];
    if (entry) entry.count += 1;
    else {
      const created = { rule: issue.rule, severity: issue.severity, count: 1 };
      bySeverity[issue.severity] = created;
      entries.push(created);
    }
  }
  const byRule = entries.sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));
  const report: ValidationReport = { ok: counts.error === 0, issues: [...issues], counts, byRule };
  if (rules.ran) report.rulesRun = [...rules.ran];
  if (rules.skipped) report.rulesSkipped = [...rules.skipped];
  if (rules.failed?.length) {
    report.rulesFailed = [...rules.failed];
    report.ok = false;
  }
  return report;
}

/** Merges several reports (e.g. one per file) into one. */
export function mergeReports(reports: readonly ValidationReport[]): ValidationReport {
  const ran = reports.flatMap((r) => r.rulesRun ?? []);
  const skipped = reports.flatMap((r) => r.rulesSkipped ?? []);
  const failed = reports.flatMap((r) => r.rulesFailed ?? []);
  const rules: { ran?: string[]; skipped?: SkippedRule[]; failed?: FailedRule[] } = { failed };
  if (reports.some((r) => r.rulesRun)) rules.ran = [...new Set(ran)];
  if (reports.some((r) => r.rulesSkipped)) rules.skipped = skipped;
  return createReport(
    reports.flatMap((r) => r.issues),
    rules,
  );
}
