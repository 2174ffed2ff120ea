import type { CollectionYear, ValidationReport } from "@childrens-social-care/core";
import { whySkipped as engineWhySkipped, runRules } from "@childrens-social-care/returns";
import { createRuleContext } from "../rules/create-rule-context";
import type { Rule } from "../rules/rule";
import { SSDA903_KIT } from "../rules/rule";
import type { PostcodeInfo, ProviderInfo, RuleContext } from "../rules/rule-context";
import { rulesForYear } from "../rules/rules-for-year";
import type { Ssda903Return } from "../tables/raw-return";

/** Options of `validateReturn`. */
export interface ValidateReturnOptions {
  /** The collection year the return is for, e.g. `"2025-26"`; it selects the rules in force. */
  readonly collectionYear: CollectionYear;
  /** Last year's return, for the rules that compare years. */
  readonly previous?: Ssda903Return;
  /** Ofsted provider lists by URN, for the rules that check a placement against its provider. */
  readonly providers?: Iterable<ProviderInfo>;
  /** Postcode lookup (ONS Postcode Directory), for the rules on placement location and distance. */
  readonly postcodes?: (postcode: string) => PostcodeInfo | undefined;
  /** The submitting local authority's GSS code, for the rules on placements outside it. */
  readonly localAuthority?: string;
  /** Run only these rule codes (default: every rule in force in the year). */
  readonly only?: readonly string[];
  /** Use these rules instead of the built-in ones (for tests and custom local rules). */
  readonly rules?: readonly Rule[];
  /** Called after each rule, e.g. to move a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Why a rule cannot run against this input, or `undefined` when it can. */
export function whySkipped(rule: Rule, ctx: RuleContext): string | undefined {
  return engineWhySkipped(SSDA903_KIT, rule, ctx);
}

/**
 * Validates one year's SSDA903 return against every rule in force in that year. Never throws: a rule
 * that cannot run (a table missing, reference data not given) is listed in `rulesSkipped` with the
 * reason, and never counted as passed; a rule that throws is reported as an error (`rulesFailed` and
 * an issue with the exception's message), so the report is not `ok`. Each issue names the rule code,
 * the check that failed when the rule makes several, the DfE table, the 0-based row of the record
 * within its table, the child, and the file and line when the return was read from files.
 */
export function validateReturn(ret: Ssda903Return, options: ValidateReturnOptions): ValidationReport {
  const providers = options.providers ? new Map([...options.providers].map((p) => [p.urn, p])) : undefined;
  const ctx = createRuleContext({
    collectionYear: options.collectionYear,
    tables: ret.tables,
    ...(options.previous ? { previous: options.previous.tables } : {}),
    ...(providers ? { providers } : {}),
    ...(options.postcodes ? { postcodes: options.postcodes } : {}),
    ...(options.localAuthority ? { localAuthority: options.localAuthority } : {}),
  });
  let rules = rulesForYear(options.collectionYear, options.rules);
  if (options.only) {
    const only = new Set(options.only);
    rules = rules.filter((r) => only.has(r.code));
  }
  const onProgress = options.onProgress;
  return runRules(SSDA903_KIT, ctx, rules, {
    ...(ret.origins ? { origins: ret.origins } : {}),
    ...(onProgress ? { onProgress: (done: number, total: number) => onProgress(done, total) } : {}),
  });
}
