import {
  type CollectionYear,
  createReport,
  type IssueLocation,
  type SkippedRule,
  type ValidationIssue,
  type ValidationReport,
} from "@childrens-social-care/core";
import { createRuleContext } from "../rules/create-rule-context";
import type { Rule, RuleFlag, RuleNeed } from "../rules/rule";
import type { PostcodeInfo, ProviderInfo, RuleContext } from "../rules/rule-context";
import { rulesForYear } from "../rules/rules-for-year";
import type { RawRow, Ssda903Return } from "../tables/raw-return";

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
  for (const table of rule.tables) {
    if (!ctx.has(table)) return `the ${table} table is not in the return`;
  }
  for (const need of rule.needs ?? ([] as RuleNeed[])) {
    if (need === "previous" && !ctx.previous) return "needs the previous year's return";
    if (need === "providers" && !ctx.providers) return "needs the Ofsted provider lists (providers)";
    if (need === "postcodes" && !ctx.postcodes && !hasPostcodeColumns(ctx.table("Episodes")[0])) {
      return "needs postcode reference data (postcodes)";
    }
    if (need === "localAuthority" && !ctx.localAuthority) return "needs the submitting local authority";
  }
  return undefined;
}

/**
 * Validates one year's SSDA903 return against every rule in force in that year. Never throws: a rule
 * that cannot run (a table missing, reference data not given) is listed in `rulesSkipped` with the
 * reason, and never counted as passed. Each issue names the rule code, the DfE table, the 0-based row
 * of the record within its table, the child, and the file and line when the return was read from files.
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
  const issues: ValidationIssue[] = [];
  const ran: string[] = [];
  const skipped: SkippedRule[] = [];
  let done = 0;
  for (const rule of rules) {
    done += 1;
    options.onProgress?.(done, rules.length);
    const reason = whySkipped(rule, ctx);
    if (reason) {
      skipped.push({ rule: rule.code, reason });
      continue;
    }
    // Issues go straight into the one list (a rule's findings are dropped again if it fails part way):
    // no per-issue spreads, and no `push(...found)`, which overflows the stack for a few hundred
    // thousand findings.
    const mark = issues.length;
    try {
      for (const flag of rule.check(ctx))
        issues.push(issueOf(ret, rule, flag, ctx.table(flag.table)[flag.row]));
      ran.push(rule.code);
    } catch {
      // A defect in one rule must not stop the others or lose their findings.
      issues.length = mark;
      skipped.push({ rule: rule.code, reason: "the rule failed on this input (a defect in the rule)" });
    }
  }
  return createReport(issues, { ran, skipped });
}

/** The issue for one flagged record: rule, table, 0-based row, child, and file and line when read from files. */
function issueOf(ret: Ssda903Return, rule: Rule, flag: RuleFlag, row: RawRow | undefined): ValidationIssue {
  const location: IssueLocation = { table: flag.table, row: flag.row };
  if (row?.CHILD) location.childId = row.CHILD;
  const origin = ret.origins?.[flag.table];
  if (origin) {
    location.file = origin.file;
    const line = origin.lines[flag.row];
    if (line) location.line = line;
  }
  return {
    rule: rule.code,
    severity: rule.severity,
    message: rule.message,
    path: flag.field ? [flag.field] : [],
    location,
  };
}

// Fields derived from postcodes (ONS Postcode Directory) that a return may already carry, as the
// DfE's and the Python tool's ingest add them: the placement's LA, in or out of area, and distance.
const POSTCODE_DERIVED = ["PL_LA", "PL_LOCATION", "PL_DISTANCE"];

function hasPostcodeColumns(row: object | undefined): boolean {
  return row !== undefined && POSTCODE_DERIVED.some((column) => Object.hasOwn(row, column));
}
