import type { RuleCount, SkippedRule, ValidationIssue, ValidationReport } from "@childrens-social-care/core";

/**
 * Gathers issues from a stream of records with memory that stays flat: counts by severity and by rule
 * are exact, but only the first `maxIssues` issues are kept for listing (the report says how many were
 * left out). A multi-gigabyte file full of errors must not exhaust memory.
 */
export class ReportCollector {
  private readonly kept: ValidationIssue[] = [];
  private readonly perRule = new Map<string, RuleCount>();
  private readonly counts = { total: 0, error: 0, warning: 0, query: 0 };
  /** Issues counted but not kept. */
  omitted = 0;

  constructor(private readonly maxIssues: number) {}

  add(issues: Iterable<ValidationIssue>): void {
    for (const issue of issues) {
      this.counts.total += 1;
      this.counts[issue.severity] += 1;
      const key = `${issue.rule}\u0000${issue.severity}`;
      const entry = this.perRule.get(key);
      if (entry) entry.count += 1;
      else this.perRule.set(key, { rule: issue.rule, severity: issue.severity, count: 1 });
      if (this.kept.length < this.maxIssues) this.kept.push(issue);
      else this.omitted += 1;
    }
  }

  /** The report so far (issues truncated to `maxIssues`; counts complete). */
  report(rules: { ran?: readonly string[]; skipped?: readonly SkippedRule[] } = {}): ValidationReport {
    const byRule = [...this.perRule.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));
    const report: ValidationReport = {
      ok: this.counts.error === 0,
      issues: [...this.kept],
      counts: { ...this.counts },
      byRule,
    };
    if (rules.ran) report.rulesRun = [...rules.ran];
    if (rules.skipped) report.rulesSkipped = [...rules.skipped];
    return report;
  }
}
