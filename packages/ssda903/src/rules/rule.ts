import type { CollectionYear, Severity } from "@childrens-social-care/core";
import type { TableName } from "../tables/table-name";
import type { RuleContext } from "./rule-context";

/** Reference data a rule cannot run without; when it is missing the rule is reported as skipped. */
export type RuleNeed = "previous" | "providers" | "postcodes" | "localAuthority";

/** One record a rule flags: the table, the 0-based row of the record as read, and optionally the field. */
export interface RuleFlag {
  readonly table: TableName;
  readonly row: number;
  readonly field?: string;
}

/**
 * One SSDA903 validation rule, written once for every collection year it holds in. The check is a
 * pure function of a prepared, read-only context, so rules run in any order and in a browser.
 */
export interface Rule {
  /** The DfE rule code, e.g. `"103"`, `"503A"`, `"SW08STG2"`. */
  readonly code: string;
  /** First collection year the rule is in force (absent: in force in every year we support). */
  readonly from?: CollectionYear;
  /** Last collection year the rule is in force (absent: still in force). */
  readonly until?: CollectionYear;
  /** Current-year tables the rule needs; it is skipped when one of them was not sent. */
  readonly tables: readonly TableName[];
  /** The fields the rule reads and reports on. */
  readonly fields: readonly string[];
  readonly severity: Severity;
  /** Plain English for the person fixing the return; never names a personal value. */
  readonly message: string;
  /** Reference data without which the rule cannot decide (then it is skipped, never passed). */
  readonly needs?: readonly RuleNeed[];
  /** The records that break the rule. */
  check(ctx: RuleContext): Iterable<RuleFlag>;
}

/** Declares a rule (an identity function that checks the declaration's type). */
export function defineRule(rule: Rule): Rule {
  return rule;
}
