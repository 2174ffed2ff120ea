import {
  type CollectionYear,
  collectionYearEnd,
  collectionYearStart,
  toEpochDay,
} from "@childrens-social-care/core";
import type { ReturnTables } from "../tables/raw-return";
import type { PostcodeInfo, ProviderInfo, RuleContext } from "./rule-context";
import { dateCache, dateColumns, yearTables } from "./rule-context";

/** What a rule context is built from. */
export interface RuleContextInput {
  readonly collectionYear: CollectionYear;
  readonly tables: ReturnTables;
  readonly previous?: ReturnTables;
  readonly providers?: ReadonlyMap<string, ProviderInfo>;
  readonly postcodes?: (postcode: string) => PostcodeInfo | undefined;
  readonly localAuthority?: string;
  /** Overrides of the collection year's first and last day (epoch days), for tests. */
  readonly collectionStart?: number;
  readonly collectionEnd?: number;
}

/** Prepares the read-only context every rule runs against: tables indexed once, dates parsed once. */
export function createRuleContext(input: RuleContextInput): RuleContext {
  const current = yearTables(input.tables);
  const date = dateCache();
  const ctx: RuleContext = {
    ...current,
    collectionYear: input.collectionYear,
    collectionStart: input.collectionStart ?? toEpochDay(collectionYearStart(input.collectionYear)),
    collectionEnd: input.collectionEnd ?? toEpochDay(collectionYearEnd(input.collectionYear)),
    date,
    dates: dateColumns(current, date),
    ...(input.previous ? { previous: yearTables(input.previous) } : {}),
    ...(input.providers ? { providers: input.providers } : {}),
    ...(input.postcodes ? { postcodes: input.postcodes } : {}),
    ...(input.localAuthority ? { localAuthority: input.localAuthority } : {}),
  };
  return ctx;
}
