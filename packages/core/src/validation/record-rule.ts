import type { Severity, ValidationIssue } from "./validation-issue";

/**
 * A record rule and a return rule (`ReturnRule` in `@childrens-social-care/returns`) are two ideas on
 * purpose: a record rule checks one model object (ISO dates, nested arrays, already shaped by its
 * schema) and returns issues with paths into it; a return rule checks the tables of a whole statutory
 * return through a context prepared once for hundreds of rules, holds for some collection years, is
 * skipped when its tables or reference data are missing, and flags rows that its runner turns into
 * located issues. Both report in this package's `ValidationIssue`/`ValidationReport` format, and both
 * runners turn a rule that throws into an error issue instead of throwing.
 *
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

/**
 * Runs every rule over a record and concatenates their issues. Never throws: a rule that throws gives
 * one error issue with its id and the exception's message (never the record's data), as the return
 * rules' runner does (`@childrens-social-care/returns`), and the other rules still run.
 */
export function runRules<T, O>(
  rules: readonly RecordRule<T, O>[],
  record: T,
  options?: O,
): ValidationIssue[] {
  return rules.flatMap((rule) => {
    try {
      return rule.check(record, options);
    } catch (error) {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return [
        {
          rule: rule.id,
          severity: "error" as const,
          message: `The rule could not be checked because of a defect in the rule (${text}).`,
          path: [],
        },
      ];
    }
  });
}
