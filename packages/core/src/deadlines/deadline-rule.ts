import type { RecordRule, RuleOptions } from "../validation/record-rule";
import type { Severity } from "../validation/validation-issue";
import { type Deadline, deadlineIssues } from "./deadline";

/** What {@link deadlineRule} needs: the rule's description and how to work out a record's deadlines. */
export interface DeadlineRuleSpec<T> {
  readonly id: string;
  /** The most serious severity the rule reports (the severity of every issue unless `severityOf` says otherwise). */
  readonly severity: Severity;
  readonly description: string;
  readonly source: string;
  /** Where in the record the issues point (e.g. `["visits"]`). */
  readonly path?: (string | number)[];
  /** The record's deadlines judged on `asOf`. */
  readonly deadlines: (record: T, asOf: string | undefined) => readonly Deadline[];
  /** A lesser severity for some deadlines (one whose time limit is not verified, say a `query`). */
  readonly severityOf?: (record: T, deadline: Deadline) => Severity;
}

/**
 * A rule that reports a record's missed deadlines (held late, or overdue on `asOf`) through
 * {@link deadlineIssues}, so every statutory timescale rule words its findings the same way and names no
 * date. A deadline whose due date is unknown, or still due, reports nothing.
 */
export function deadlineRule<T>(spec: DeadlineRuleSpec<T>): RecordRule<T, RuleOptions> {
  return {
    id: spec.id,
    severity: spec.severity,
    description: spec.description,
    source: spec.source,
    check(record, options) {
      const asOf = options?.asOf;
      const base = {
        rule: spec.id,
        ...(spec.path ? { path: spec.path } : {}),
        ...(asOf === undefined ? {} : { asOf }),
      };
      return spec
        .deadlines(record, asOf)
        .flatMap((d) =>
          deadlineIssues([d], { ...base, severity: spec.severityOf?.(record, d) ?? spec.severity }),
        );
    },
  };
}
