/**
 * The DfE SSDA903 looked-after children return: read and write it as CSV or XML, and validate it
 * against every rule of the collection year.
 *
 * @packageDocumentation
 */

export type {
  AdoptionRecord,
  CareLeaverRecord,
  DeprivationOfLibertyRecord,
  EpisodeRecord,
  MissingRecord,
  OutcomesRecord,
  PlacedForAdoptionRecord,
  PreviousPermanenceRecord,
  ReviewRecord,
  SocialWorkerRecord,
  Ssda903Child,
} from "./codec/children-model";
export type { TextEncodingOption } from "./codec/decode-text";
export { deriveHeaderUasc } from "./codec/derive-header-uasc";
export { READ_RULES, type ReadRule } from "./codec/read-issue";
export {
  type ReadReturnOptions,
  type ReadReturnResult,
  type ReturnFile,
  readReturn,
} from "./codec/read-return";
export { normaliseColumnName, type RecognisedHeader, recogniseHeader } from "./codec/recognise-table";
export { fromReturnDate, toReturnDate } from "./codec/return-date";
export { type ChildrenResult, toChildren } from "./codec/to-children";
export { CSV_FILE_NAMES, writeCsvTable } from "./codec/write-csv";
export { type WriteReturnOptions, type WrittenFile, writeReturn } from "./codec/write-return";
export { XML_TABLES } from "./codec/xml-layout";
export {
  type GenerateReturnOptions,
  generateReturn,
  generateReturnPair,
  type ReturnPair,
} from "./generate/generate-return";
export {
  MUTATION_KINDS,
  MUTATIONS,
  type MutateReturnOptions,
  type MutateReturnResult,
  type MutationKind,
  mutateReturn,
  type PlantedError,
} from "./generate/mutate-return";
export { mulberry32, Random } from "./generate/prng";
export { addMonthsDay, addYearsDay, ageInYears, formatDmy, parseDmy } from "./rules/dmy-date";
export { type RuleInfo, ruleCatalogue } from "./rules/rule-catalogue";
export type { PostcodeInfo, ProviderInfo } from "./rules/rule-context";
export { SUPPORTED_COLLECTION_YEARS } from "./rules/rules-for-year";
export type { RawRow, ReturnTables, Ssda903Return, Ssda903Row, TableOrigin } from "./tables/raw-return";
export { SSDA903 } from "./tables/ssda903-return";
export { TABLE_COLUMNS, type TableLayout } from "./tables/table-columns";
export { isTableName, TABLE_NAMES, type TableName } from "./tables/table-name";
export { type ValidateReturnOptions, validateReturn } from "./validate/validate-return";
