import type { CollectionYear } from "@childrens-social-care/core";
import { createRuleContext as engineContext } from "@childrens-social-care/returns";
import type { ReturnTables } from "../tables/raw-return";
import { SSDA903 } from "../tables/ssda903-return";
import type { PostcodeInfo, ProviderInfo, RuleContext, Ssda903Extra } from "./rule-context";

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
  const extra: Ssda903Extra = {
    ...(input.providers ? { providers: input.providers } : {}),
    ...(input.postcodes ? { postcodes: input.postcodes } : {}),
    ...(input.localAuthority ? { localAuthority: input.localAuthority } : {}),
  };
  return engineContext(
    SSDA903,
    {
      collectionYear: input.collectionYear,
      tables: input.tables,
      ...(input.previous ? { previous: input.previous } : {}),
      ...(input.collectionStart !== undefined ? { collectionStart: input.collectionStart } : {}),
      ...(input.collectionEnd !== undefined ? { collectionEnd: input.collectionEnd } : {}),
    },
    extra,
  );
}
