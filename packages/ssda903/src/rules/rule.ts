import type { CollectionYear } from "@childrens-social-care/core";
import {
  type ColumnOf,
  type RuleFlag as EngineFlag,
  type ReturnRule,
  type RuleKit,
  type RuleSource,
  ruleDefiner,
  type TableOf,
} from "@childrens-social-care/returns";
import { SSDA903 } from "../tables/ssda903-return";
import type { TableName } from "../tables/table-name";
import type { RuleContext, Ssda903Extra } from "./rule-context";

/** Reference data a rule cannot run without; when it is missing the rule is reported as skipped. */
export type RuleNeed = "previous" | "providers" | "postcodes" | "localAuthority";

/** One record a rule flags: the table, the 0-based row of the record as read, and optionally the field. */
export type RuleFlag = EngineFlag<TableName>;

/** One SSDA903 validation rule, written once for every collection year it holds in. */
export type Rule = ReturnRule<typeof SSDA903, Ssda903Extra, RuleNeed>;

// Fields derived from postcodes (ONS Postcode Directory) that a return may already carry, as the
// DfE's and the Python tool's ingest add them: the placement's LA, in or out of area, and distance.
const POSTCODE_DERIVED = ["PL_LA", "PL_LOCATION", "PL_DISTANCE"];

function hasPostcodeColumns(ctx: RuleContext): boolean {
  const row = ctx.table("Episodes")[0];
  return row !== undefined && POSTCODE_DERIVED.some((column) => Object.hasOwn(row, column));
}

/**
 * The DfE's published validation rules for the last collection year (of those supported) in which
 * the rule holds: the "Children looked after return: technical specifications" page of that year
 * publishes the validation rules document that states it.
 */
export function dfeValidationRules(rule: { code: string; until?: CollectionYear }): RuleSource {
  const year = rule.until ?? SSDA903.years[SSDA903.years.length - 1] ?? "2026-27";
  const first = year.slice(0, 4);
  const second = String(Number(first) + 1);
  return {
    title: `Children looked after return ${first} to ${second}: validation rules (DfE)`,
    url: `https://www.gov.uk/government/publications/children-looked-after-return-${first}-to-${second}-technical-specifications`,
    ref: `rule ${rule.code}`,
  };
}

/** What every SSDA903 rule shares: the return, its reference data and why a rule needing it is skipped. */
export const SSDA903_KIT: RuleKit<typeof SSDA903, Ssda903Extra, RuleNeed> = {
  definition: SSDA903,
  needs: {
    previous: (ctx) => (ctx.previous ? undefined : "needs the previous year's return"),
    providers: (ctx) => (ctx.providers ? undefined : "needs the Ofsted provider lists (providers)"),
    postcodes: (ctx) =>
      ctx.postcodes || hasPostcodeColumns(ctx) ? undefined : "needs postcode reference data (postcodes)",
    localAuthority: (ctx) => (ctx.localAuthority ? undefined : "needs the submitting local authority"),
  },
  defaultSource: dfeValidationRules,
};

/**
 * Declares an SSDA903 rule. Generic over the tables it reads: a field that is not a column of those
 * tables, a flag on another table, or a check that is not one of its `messages` does not compile.
 */
export const defineRule = ruleDefiner(SSDA903_KIT);

/** A flag on table `N`, naming one of its columns: what shared helpers that flag rows yield. */
export type FlagOn<N extends TableName> = EngineFlag<N, ColumnOf<TableOf<typeof SSDA903, N>>, never>;

/** The columns of one SSDA903 table. */
export type ColumnIn<N extends TableName> = ColumnOf<TableOf<typeof SSDA903, N>>;
