import {
  type CollectionYear,
  collectionYearEnd,
  collectionYearStart,
  toEpochDay,
} from "@childrens-social-care/core";
import type { ReturnDefinition, ReturnTables, TableNameOf } from "../tables/define-return";
import { type YearTables, yearTables } from "./year-tables";

/** Everything a rule may read: the year's tables (only those it declared), last year's, and the year. */
export type RuleContext<R extends ReturnDefinition, T extends TableNameOf<R>, X = unknown> = YearTables<
  R,
  T
> &
  X & {
    readonly collectionYear: CollectionYear;
    /** Epoch day of the first day of the collection year. */
    readonly collectionStart: number;
    /** Epoch day of the last day of the collection year. */
    readonly collectionEnd: number;
    /** The previous year's return, when given. */
    readonly previous?: YearTables<R>;
    /** A date cell as an epoch day, or `undefined` when blank or not a real date. */
    date(text: string | null | undefined): number | undefined;
  };

/** What a rule context is built from. */
export interface RuleContextInput<R extends ReturnDefinition> {
  readonly collectionYear: CollectionYear;
  readonly tables: ReturnTables<R>;
  readonly previous?: ReturnTables<R>;
  /** Overrides of the collection year's first and last day (epoch days), e.g. for a census date. */
  readonly collectionStart?: number;
  readonly collectionEnd?: number;
}

/**
 * Prepares the read-only context every rule of a return runs against: tables indexed by child once,
 * date columns parsed once, the previous year's tables when given, and the return's extra reference
 * data (`extra`, e.g. provider lists).
 */
export function createRuleContext<R extends ReturnDefinition, X extends object>(
  definition: R,
  input: RuleContextInput<R>,
  extra: X,
): RuleContext<R, TableNameOf<R>, X> {
  const parse = definition.parseDate;
  const base = {
    ...yearTables(definition, input.tables),
    collectionYear: input.collectionYear,
    collectionStart: input.collectionStart ?? toEpochDay(collectionYearStart(input.collectionYear)),
    collectionEnd: input.collectionEnd ?? toEpochDay(collectionYearEnd(input.collectionYear)),
    date(text: string | null | undefined): number | undefined {
      if (text == null) return undefined;
      const day = parse(text);
      return Number.isNaN(day) ? undefined : day;
    },
    ...(input.previous ? { previous: yearTables(definition, input.previous) } : {}),
  };
  return Object.assign(base, extra) as RuleContext<R, TableNameOf<R>, X>;
}
