/**
 * Shared primitives for England's children's social care models: code lists, identifiers, ISO dates
 * and collection years, personal-data marking, validation reports and JSON Schema. No domain
 * knowledge lives here.
 *
 * @packageDocumentation
 */
export { annotateCodeListJsonSchema, codeListRowsOf } from "./code-list/code-list-json-schema";
export type { CodeLabelPeriod, CodeListRow, CodeStatus } from "./code-list/code-list-row";
export {
  type CodeList,
  type CodeListMethods,
  type CodeListOptions,
  type CodeOf,
  defineCodeList,
} from "./code-list/define-code-list";
export { ageOn, dateOfAge } from "./dates/age";
export {
  BANK_HOLIDAYS_KNOWN_FROM,
  BANK_HOLIDAYS_KNOWN_UNTIL,
  BANK_HOLIDAYS_SOURCE,
  ENGLAND_AND_WALES,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  type HolidayCalendar,
  holidayCalendar,
  isBankHoliday,
} from "./dates/bank-holidays";
export {
  CollectionYear,
  collectionYearEnd,
  collectionYearOf,
  collectionYearStart,
  collectionYearStarting,
  compareCollectionYears,
  isCollectionYear,
  shiftCollectionYear,
} from "./dates/collection-year";
export { DateRange, endNotBeforeStart, rangeContains, rangesOverlap } from "./dates/date-range";
export {
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromEpochDay,
  IsoDate,
  isIsoDate,
  isLeapYear,
  isoDateParts,
  toEpochDay,
} from "./dates/iso-date";
export { addWorkingDays, dayOfWeek, isWeekend, isWorkingDay, workingDaysBetween } from "./dates/working-days";
export {
  type Deadline,
  type DeadlineIssueOptions,
  type DeadlineStatus,
  deadline,
  deadlineIssues,
  deadlineStatus,
} from "./deadlines/deadline";
export { type DeadlineRuleSpec, deadlineRule } from "./deadlines/deadline-rule";
export { datesWithin, judgedOn } from "./deadlines/deadline-window";
export {
  type RecurringDeadlineKind,
  type RecurringDeadlineSpec,
  recurringDeadlines,
} from "./deadlines/recurring-deadlines";
export { GssCode, type GssEntity, gssEntityOf } from "./identifiers/gss-code";
export {
  type GssCodePeriod,
  type GssLookupOptions,
  gssCodeOfLa,
  gssCodesOfLa,
  laNumberOfGss,
} from "./identifiers/la-gss-codes";
export {
  type FormerGssCode,
  LaNumber,
  LOCAL_AUTHORITIES,
  type LocalAuthorityRow,
} from "./identifiers/la-number";
export { isValidNhsNumber, NhsNumber, nhsCheckDigit, normaliseNhsNumber } from "./identifiers/nhs-number";
export { isSocialCareUrn, OfstedUrn } from "./identifiers/ofsted-urn";
export { normaliseUkPostcode, postcodeDistrict, UkPostcode } from "./identifiers/uk-postcode";
export { isValidUpn, Upn, upnCheckLetter, upnProblem } from "./identifiers/upn";
export { isUpnLaNumber, UPN_LA_NUMBERS } from "./identifiers/upn-la-numbers";
export { publicSchemasOf } from "./json-schema/public-schemas";
export { type JsonSchema, type ToJsonSchemaOptions, toJsonSchema } from "./json-schema/to-json-schema";
export { formatMoney, Money } from "./money/money";
export { findPersonalDataLeaks, type PersonalDataLeak } from "./personal-data/leaks";
export {
  type PersonalDataLevel,
  personal,
  personalDataLevelOf,
  specialCategory,
} from "./personal-data/personal-data";
export { pseudonymise, pseudonymiseFields, type RedactOptions, redact } from "./personal-data/redact";
export { collectMarked, type MarkedValue, mapMarked } from "./personal-data/walk";
export { describePlace, type FormatReportOptions, formatReport } from "./validation/format-report";
export { type RecordRule, type RuleOptions, runRules } from "./validation/record-rule";
export { issuesFromZod, type SchemaIssueOptions, validate } from "./validation/validate";
export { IssueLocation, Severity, ValidationIssue } from "./validation/validation-issue";
export {
  createReport,
  FailedRule,
  mergeReports,
  RuleCount,
  SkippedRule,
  ValidationReport,
} from "./validation/validation-report";
