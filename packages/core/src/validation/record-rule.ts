import type { Severity, ValidationIssue } from "./validation-issue";

/**
 * A named validation rule over one kind of record (a kinship arrangement, a strategy): a stable id, the most serious severity it reports,
 * what it checks in plain English, its statutory source, and a pure check that returns issues and never
 * throws. Rules run in any order and share nothing, as DESIGN.md asks.
 */
export interface RecordRule<T, O = RuleOptions> {
  /** Stable id, e.g. `"kinship/temporary-approval-exceeded"`. */
  readonly id: string;
  readonly severity: Severity;
  /**
   * The rule ids its issues may carry when a finding has a more specific id than the rule (e.g. the
   * temporary approval extensions rule reports "...-too-long" and "...-extended-more-than-once");
   * absent when every issue carries `id`.
   */
  readonly emits?: readonly string[];
  /** What the rule checks. */
  readonly description: string;
  /** The Act, regulation or guidance the rule enforces. */
  readonly source: string;
  /** Runs the check. Messages name no personal value. */
  check(record: T, options?: O): ValidationIssue[];
}

/** Context a rule may use: the date to judge "still open" and "overdue" against. */
export interface RuleOptions {
  /** The date the record is judged on (ISO). Rules that need "today" skip their check when absent. */
  readonly asOf?: string;
}

/** Runs every rule over a record and concatenates their issues. */
export function runRules<T, O>(
  rules: readonly RecordRule<T, O>[],
  record: T,
  options?: O,
): ValidationIssue[] {
  return rules.flatMap((rule) => rule.check(record, options));
}
