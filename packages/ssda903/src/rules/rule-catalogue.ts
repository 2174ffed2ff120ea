import type { CollectionYear, Severity } from "@childrens-social-care/core";
import type { RuleSource } from "@childrens-social-care/returns";
import { ALL_RULES } from "./all-rules";
import type { RuleNeed } from "./rule";
import { rulesForYear } from "./rules-for-year";

/** What a rule is, without its check: for documentation, filters and reports. */
export interface RuleInfo {
  readonly code: string;
  readonly from?: CollectionYear;
  readonly until?: CollectionYear;
  readonly severity: Severity;
  readonly source: RuleSource;
  readonly tables: readonly string[];
  readonly fields: readonly string[];
  readonly message: string;
  /** One message per distinct failure, by check key (empty when the rule makes one check). */
  readonly messages: { readonly [check: string]: string };
  readonly needs: readonly RuleNeed[];
}

/** Every SSDA903 rule this package implements (or those in force in `year`), as data: code, years, severity, source, messages. */
export function ruleCatalogue(year?: CollectionYear): RuleInfo[] {
  const rules = year ? rulesForYear(year) : ALL_RULES;
  return rules.map((r) => ({
    code: r.code,
    ...(r.from ? { from: r.from } : {}),
    ...(r.until ? { until: r.until } : {}),
    severity: r.severity,
    source: r.source,
    tables: [...r.tables, ...r.optionalTables],
    fields: r.fields,
    message: r.message,
    messages: r.messages,
    needs: r.needs,
  }));
}
