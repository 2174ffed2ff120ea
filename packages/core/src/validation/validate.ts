import * as z from "zod";
import type { IssueLocation, ValidationIssue } from "./validation-issue";
import { createReport, type ValidationReport } from "./validation-report";

/** Options for {@link issuesFromZod} and {@link validate}. */
export interface SchemaIssueOptions {
  /** Prefix of the rule id: issues are named `${rulePrefix}/${zod issue code}` (default `"schema"`). */
  readonly rulePrefix?: string;
  /** Location to attach to every issue (e.g. the file, line and table of the record). */
  readonly location?: IssueLocation;
}

/**
 * Turns Zod issues into {@link ValidationIssue}s of severity `error`. A refinement may name its own
 * rule with `params: { rule: "…" }`. Zod's default messages describe what was expected and the type
 * received, never the value, so they are safe to show.
 */
export function issuesFromZod(
  issues: readonly z.core.$ZodIssue[],
  options: SchemaIssueOptions = {},
): ValidationIssue[] {
  const prefix = options.rulePrefix ?? "schema";
  return issues.map((issue) => {
    const params = (issue as { params?: { rule?: unknown } }).params;
    const rule = typeof params?.rule === "string" ? params.rule : `${prefix}/${issue.code}`;
    const out: ValidationIssue = {
      rule,
      severity: "error",
      message: issue.message,
      path: issue.path.map((p) => (typeof p === "symbol" ? String(p.description) : p)),
    };
    if (options.location) out.location = options.location;
    return out;
  });
}

/**
 * Validates one value against any schema and returns a report instead of throwing. Never throws for
 * any input.
 *
 * @example
 * const report = validate(CollectionYear, "2024-26");
 * report.ok; // false
 */
export function validate(
  schema: z.core.$ZodType,
  value: unknown,
  options: SchemaIssueOptions = {},
): ValidationReport {
  const result = z.safeParse(schema, value);
  return createReport(result.success ? [] : issuesFromZod(result.error.issues, options));
}
