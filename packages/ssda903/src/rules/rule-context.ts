import type {
  RuleContext as EngineContext,
  YearTables as EngineYearTables,
} from "@childrens-social-care/returns";
import type { SSDA903 } from "../tables/ssda903-return";
import type { TableName } from "../tables/table-name";

/**
 * What the DfE/Ofsted provider lists say about one provider, keyed by Ofsted URN (the "Children's
 * Homes" and "Social Care Providers" lists the Python validator builds `provider_info` from).
 */
export interface ProviderInfo {
  readonly urn: string;
  readonly postcode?: string;
  /** Placement type codes the provider can offer (e.g. `["K2"]`). */
  readonly placeCodes?: readonly string[];
  /** Placement provider codes that describe the provider (e.g. `["PR4"]`). */
  readonly providerCodes?: readonly string[];
  /** Date the provider's registration ended, `dd/mm/yyyy`. */
  readonly registrationEnd?: string;
  /** Local authority code (e.g. `"E09000027"` or an LA number) the provider's postcode lies in. */
  readonly laCode?: string;
}

/** What postcode reference data gives for one postcode (ONS Postcode Directory). */
export interface PostcodeInfo {
  /** Upper-tier local authority GSS code, or `SCO`, `WAL`, `NIR` outside England. */
  readonly laCode: string;
  /** British National Grid easting and northing in metres. */
  readonly easting: number;
  readonly northing: number;
}

/** The reference data an SSDA903 rule may read besides the return itself. */
export interface Ssda903Extra {
  /** The submitting local authority (GSS code), when given. */
  readonly localAuthority?: string;
  /** Provider lists keyed by URN, when given. */
  readonly providers?: ReadonlyMap<string, ProviderInfo>;
  /** Postcode lookup, when given (rules needing it read the derived PL_LA, PL_DISTANCE fields instead). */
  readonly postcodes?: (postcode: string) => PostcodeInfo | undefined;
}

/** One year's tables, read-only, with lookups prepared once and shared by every rule. */
export type YearTables<T extends TableName = TableName> = EngineYearTables<typeof SSDA903, T>;

/** Everything an SSDA903 rule reading tables `T` may read. */
export type RuleContext<T extends TableName = TableName> = EngineContext<typeof SSDA903, T, Ssda903Extra>;
