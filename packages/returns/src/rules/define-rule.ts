import type { CollectionYear, Severity } from "@childrens-social-care/core";
import type { RuleContext } from "../context/rule-context";
import type { ReturnDefinition, TableNameOf, TableOf } from "../tables/define-return";
import type { ColumnOf } from "../tables/define-table";
import type { RuleSource } from "./rule-source";

/** The columns of some tables of a return. */
export type FieldOf<R extends ReturnDefinition, T extends TableNameOf<R>> = {
  [N in T]: ColumnOf<TableOf<R, N>>;
}[T];

/**
 * One record a rule flags: the table, the 0-based row as read, optionally the field, and, for a rule
 * that makes several checks, which check failed (a key of the rule's `messages`).
 */
export interface RuleFlag<T extends string = string, F extends string = string, M extends string = string> {
  readonly table: T;
  readonly row: number;
  readonly field?: F;
  readonly check?: M;
}

/**
 * A rule of a statutory return, written once for every collection year it holds in: its code, the
 * years in force, its severity, its source, the tables and fields it reads, one message per distinct
 * failure, the reference data it cannot decide without, and a pure check over a prepared, read-only
 * context. This is the erased form the runner works with; `defineRule` checks the typed form.
 */
export interface ReturnRule<
  R extends ReturnDefinition = ReturnDefinition,
  X = unknown,
  Need extends string = string,
> {
  /** The DfE rule code, e.g. `"103"`, `"503A"`, `"SW08STG2"`. */
  readonly code: string;
  /** First collection year the rule is in force (absent: in force in every year supported). */
  readonly from?: CollectionYear;
  /** Last collection year the rule is in force (absent: still in force). */
  readonly until?: CollectionYear;
  readonly severity: Severity;
  readonly source: RuleSource;
  /** Current-year tables the rule needs; it is skipped when one was not sent. */
  readonly tables: readonly TableNameOf<R>[];
  /** Tables the rule reads when they were sent (it still runs without them). */
  readonly optionalTables: readonly TableNameOf<R>[];
  /** The fields the rule reads and reports on. */
  readonly fields: readonly string[];
  /** The rule's one-line summary; also the message of a flag that names no check. */
  readonly message: string;
  /** One message per distinct failure, by check key (empty when the rule makes one check). */
  readonly messages: { readonly [check: string]: string };
  /** Reference data without which the rule cannot decide (then it is skipped, never passed). */
  readonly needs: readonly Need[];
  check(ctx: RuleContext<R, TableNameOf<R>, X>): Iterable<RuleFlag<TableNameOf<R>>>;
}

/** What a rule is declared with: the typed form, where fields and flags are checked against the tables. */
export interface RuleSpec<
  R extends ReturnDefinition,
  X,
  Need extends string,
  T extends TableNameOf<R>,
  O extends TableNameOf<R>,
  M extends string,
> {
  readonly code: string;
  readonly from?: CollectionYear;
  readonly until?: CollectionYear;
  readonly severity: Severity;
  readonly source?: RuleSource;
  readonly tables: readonly T[];
  readonly optionalTables?: readonly O[];
  readonly fields: readonly FieldOf<R, T | O>[];
  readonly message: string;
  readonly messages?: { readonly [K in M]: string };
  readonly needs?: readonly Need[];
  // NoInfer: the tables are those listed in `tables`/`optionalTables` and the check keys those of
  // `messages`; what the check reads or yields is checked against them, never widens them.
  check(
    ctx: RuleContext<R, NoInfer<T | O>, X>,
  ): Iterable<RuleFlag<NoInfer<T | O>, FieldOf<R, NoInfer<T | O>>, NoInfer<M>>>;
}

/** Everything rules of one return share: the return, its extra context, its reference-data needs. */
export interface RuleKit<R extends ReturnDefinition, X, Need extends string> {
  readonly definition: R;
  /** For each kind of reference data, why a rule needing it cannot run on this context (or undefined). */
  readonly needs: { readonly [K in Need]: (ctx: RuleContext<R, TableNameOf<R>, X>) => string | undefined };
  /** The source of a rule that names none (e.g. the DfE's validation rules for its years). */
  readonly defaultSource: (rule: {
    code: string;
    from?: CollectionYear;
    until?: CollectionYear;
  }) => RuleSource;
}

/**
 * Makes the `defineRule` of one return. The returned function is generic over the tables a rule
 * reads, so a field that is not a column of those tables, a flag on another table, or a check key
 * that is not one of the rule's messages is a type error.
 */
export function ruleDefiner<R extends ReturnDefinition, X, Need extends string>(kit: RuleKit<R, X, Need>) {
  return function defineRule<
    const T extends TableNameOf<R>,
    const O extends TableNameOf<R> = never,
    const M extends string = never,
  >(spec: RuleSpec<R, X, Need, T, O, M>): ReturnRule<R, X, Need> {
    return {
      code: spec.code,
      ...(spec.from ? { from: spec.from } : {}),
      ...(spec.until ? { until: spec.until } : {}),
      severity: spec.severity,
      source: spec.source ?? kit.defaultSource(spec),
      tables: spec.tables,
      optionalTables: spec.optionalTables ?? [],
      fields: spec.fields,
      message: spec.message,
      messages: spec.messages ?? {},
      needs: spec.needs ?? [],
      check: spec.check as ReturnRule<R, X, Need>["check"],
    };
  };
}
