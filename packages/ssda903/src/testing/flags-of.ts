// The rule runner for a rule's own hand-written cases (no test framework, no reference data): on the
// package's `/testing` entry, so that a council writing a local rule can test it the same way.
import type { CollectionYear } from "@childrens-social-care/core";
import { createRuleContext } from "../rules/create-rule-context";
import type { Rule } from "../rules/rule";
import type { ProviderInfo } from "../rules/rule-context";
import type { RawRow, ReturnTables } from "../tables/raw-return";
import { whySkipped } from "../validate/validate-return";

/** Options of `flagsOf`. */
export interface FlagsOfOptions {
  readonly collectionYear?: CollectionYear;
  readonly previous?: ReturnTables;
  readonly providers?: readonly ProviderInfo[];
  readonly localAuthority?: string;
}

/**
 * Runs a rule on hand-written tables (rows as plain objects; missing columns read as blank) and
 * returns the flagged 0-based rows per table, sorted; `{}` when nothing is flagged or the rule is skipped.
 */
export function flagsOf(
  rule: Rule,
  tables: { readonly [name: string]: readonly Record<string, string | null>[] },
  options: FlagsOfOptions = {},
): Record<string, number[]> {
  const ctx = createRuleContext({
    collectionYear: options.collectionYear ?? rule.from ?? "2022-23",
    tables: tables as ReturnTables,
    ...(options.previous ? { previous: options.previous } : {}),
    ...(options.providers ? { providers: new Map(options.providers.map((p) => [p.urn, p])) } : {}),
    ...(options.localAuthority ? { localAuthority: options.localAuthority } : {}),
  });
  if (whySkipped(rule, ctx) !== undefined) return {};
  const out: Record<string, Set<number>> = {};
  for (const flag of rule.check(ctx)) {
    const set = out[flag.table] ?? new Set<number>();
    set.add(flag.row);
    out[flag.table] = set;
  }
  return Object.fromEntries(Object.entries(out).map(([t, s]) => [t, [...s].sort((a, b) => a - b)]));
}

/** A row with every column blank except those given. */
export function row(values: Record<string, string | null>): RawRow {
  return values;
}
