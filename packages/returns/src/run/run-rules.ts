import {
  createReport,
  type IssueLocation,
  type SkippedRule,
  type ValidationIssue,
  type ValidationReport,
} from "@childrens-social-care/core";
import type { RuleContext } from "../context/rule-context";
import type { ReturnRule, RuleFlag, RuleKit } from "../rules/define-rule";
import type { ReturnDefinition, TableNameOf } from "../tables/define-return";
import { whySkipped } from "./why-skipped";

/** Where the records of a table came from, so an issue can name the file and line. */
export interface TableOrigin {
  /** The file name as given to the reader (never a path into someone else's system). */
  readonly file: string;
  /** For each record, in order, the 1-based line of the file it starts on. */
  readonly lines: readonly number[];
}

/** Options of `runRules`. */
export interface RunRulesOptions {
  /** Where each table came from, for the file and line of each issue. */
  readonly origins?: { readonly [table: string]: TableOrigin | undefined };
  /** Called after each rule with the rules done so far and in all, e.g. to move a progress bar. */
  readonly onProgress?: (done: number, total: number, code: string) => void;
}

/**
 * Runs rules over one prepared context and reports what they found. Never throws: a rule that cannot
 * run (a table missing, reference data not given) is listed in `rulesSkipped` with the reason; a rule
 * that throws is an error in the report (in `rulesFailed` and as an issue with the exception's
 * message, never a record's data), its partial findings dropped, so `ok` is false, and the other
 * rules still run. Each issue names the rule, the check that failed when the rule makes several, the
 * table, the 0-based row, the child, and the file and line when known.
 */
export function runRules<R extends ReturnDefinition, X, Need extends string>(
  kit: RuleKit<R, X, Need>,
  ctx: RuleContext<R, TableNameOf<R>, X>,
  rules: readonly ReturnRule<R, X, Need>[],
  options: RunRulesOptions = {},
): ValidationReport {
  const issues: ValidationIssue[] = [];
  const ran: string[] = [];
  const skipped: SkippedRule[] = [];
  const failed: { rule: string; error: string }[] = [];
  const located = issueMaker(kit.definition, ctx, options.origins ?? {});
  let done = 0;
  for (const rule of rules) {
    done += 1;
    const reason = whySkipped(kit, rule, ctx);
    if (reason) skipped.push({ rule: rule.code, reason });
    else {
      // Issues go straight into the one list (no spreads, no `push(...found)`, which overflows the
      // stack for a few hundred thousand findings); a rule that fails part way has them dropped again.
      const mark = issues.length;
      try {
        const found = rule.check(ctx);
        // Most rules return an array: read it by index; any other iterable (a generator) with for-of.
        if (Array.isArray(found)) {
          const flags = found as readonly RuleFlag<TableNameOf<R>>[];
          for (let k = 0; k < flags.length; k++)
            issues.push(located(rule, flags[k] as RuleFlag<TableNameOf<R>>));
        } else for (const flag of found) issues.push(located(rule, flag));
        ran.push(rule.code);
      } catch (error) {
        issues.length = mark;
        const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        failed.push({ rule: rule.code, error: text });
        issues.push({
          rule: rule.code,
          severity: "error",
          message: `The rule could not be checked on this return because of a defect in the rule (${text}); its findings are not known.`,
          path: [],
        });
      }
    }
    options.onProgress?.(done, rules.length, rule.code);
  }
  return createReport(issues, { ran, skipped, failed });
}

// Builds the issue of one flag. What is needed per table (its rows, child column and origin) is looked
// up once per table, not once per issue: a rule may flag hundreds of thousands of records.
function issueMaker<R extends ReturnDefinition, X>(
  definition: R,
  ctx: RuleContext<R, TableNameOf<R>, X>,
  origins: { readonly [table: string]: TableOrigin | undefined },
) {
  interface TableFacts {
    readonly rows: readonly Record<string, string | null | undefined>[];
    readonly child: string;
    readonly origin: TableOrigin | undefined;
  }
  const facts = new Map<string, TableFacts>();
  const factsOf = (table: TableNameOf<R>): TableFacts => {
    let f = facts.get(table);
    if (!f) {
      f = {
        rows: ctx.table(table) as readonly Record<string, string | null | undefined>[],
        child: definition.tables[table]?.child ?? "CHILD",
        origin: origins[table],
      };
      facts.set(table, f);
    }
    return f;
  };
  return (rule: ReturnRule<R, X, string>, flag: RuleFlag<TableNameOf<R>>): ValidationIssue => {
    const f = factsOf(flag.table);
    const location: IssueLocation = { table: flag.table, row: flag.row };
    const child = f.rows[flag.row]?.[f.child];
    if (child) location.childId = child;
    if (f.origin) {
      location.file = f.origin.file;
      const line = f.origin.lines[flag.row];
      if (line) location.line = line;
    }
    const issue: ValidationIssue = {
      rule: rule.code,
      severity: rule.severity,
      message: (flag.check !== undefined ? rule.messages[flag.check] : undefined) ?? rule.message,
      path: flag.field ? [flag.field] : [],
      location,
    };
    if (flag.check !== undefined) issue.check = flag.check;
    return issue;
  };
}
