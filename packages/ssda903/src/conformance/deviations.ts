import type { CollectionYear } from "@childrens-social-care/core";

// Every place where this package gives a different verdict from the open-source Python validator
// (data-to-insight/csc-validator-be-903 @10ad07c), with the reason, in one file: on the Python tool's
// own rule tests (`RULE_TEST_DEVIATIONS`), on its fake return (`FAKE_RETURN_DEVIATIONS`), and the
// rules whose Python verdicts on the fake return were made on data an earlier rule had altered
// (`PEER_RUN_FILLED_END_DATES`). Each entry is checked by a test to still differ: the conformance
// suite (`testing/run-rule.ts`) for rule tests, `test/peer-verdicts.test.ts` for the fake return.

/** Why a verdict differs. */
export type DeviationKind =
  /** The Python rule is wrong against the DfE rule's wording (a bug or a misreading). */
  | "python-bug"
  /** The Python rule or its test reads a column no real return has. */
  | "fixture-column"
  /** Letter case: the Python tool upper-cases every cell; we compare codes as sent (`letter-case.ts`). */
  | "letter-case"
  /** The Python tool's code list for the year is stale or wrong; we follow placements' code lists. */
  | "code-list";

/**
 * A harvested Python rule test on which we deliberately give a different verdict. The conformance
 * suite runs every harvested case and must agree on each, except these, which must still disagree.
 */
export interface Deviation {
  /** The rule code. */
  readonly code: string;
  /** The D2I rule-set folder, e.g. `"lac2022_23"`. */
  readonly folder: string;
  /** 0-based index of the case among that rule's harvested cases in that folder. */
  readonly caseIndex: number;
  readonly kind: DeviationKind;
  /** Why we differ: what the Python tool does, and what the DfE rule says. */
  readonly reason: string;
}

const UPPER_CASED =
  "The Python tool upper-cases every cell at read time (ingress.py::capitalise_object_dtype_cols), and this rule upper-cases again, so its test treats a lower-case code as the code; the DfE's code sets and schemas are case-sensitive, so we compare codes exactly as sent (conformance/letter-case.ts) and";

/** Every known deviation from the Python validator's rule tests. */
export const RULE_TEST_DEVIATIONS: readonly Deviation[] = [
  {
    code: "105",
    folder: "lac2022_23",
    caseIndex: 0,
    kind: "python-bug",
    reason:
      "The Python rule returns nothing when its metadata says the file format is CSV, even though the test's Header has a UASC column. Our rules do not see the file format; the Header's UASC item exists only in the DfE XML format, so we check it whenever the Header has that column (the same verdict as the Python tool's XML case 1).",
  },
  {
    code: "233",
    folder: "lac2025_26",
    caseIndex: 0,
    kind: "fixture-column",
    reason:
      "The Python rule and its test read a column DATE_EPISODE_CEASED, which no real return has (SOURCES.md caveat); the episode end date is DEC. We read DEC, which the test does not give, so every row with a reason for placement change counts as open and row 3 is flagged too.",
  },
  {
    code: "705",
    folder: "lac2026_27",
    caseIndex: 0,
    kind: "python-bug",
    reason:
      "The Python rule orders a child's deprivation of liberty orders by end date (open orders last) and flags the order listed before one that is open or that started later. For two overlapping orders it therefore flags the earlier-starting order (row 2: 03/01-06/01) instead of the one that started while it was in force (row 1: 04/01), and it would flag any closed order followed by a later open one, which is a valid history. The DfE rule is that an order cannot start while the previous one is open, so we order by start date and flag the order that started too early (rows 1, 4, 7, 8).",
  },
  {
    code: "706",
    folder: "lac2026_27",
    caseIndex: 0,
    kind: "python-bug",
    reason:
      "The Python rule reports the row number of last year's open order as if it were a row of this year's DoLo table (row 2 is child 1's third order this year only by coincidence). A rule can only point at this year's records, so we flag the child's earliest order this year (row 0), or the child's Header record when the child has no order this year.",
  },
  {
    code: "709",
    folder: "lac2026_27",
    caseIndex: 0,
    kind: "fixture-column",
    reason:
      "The Python rule and its test read the placement from an Episodes column PLACEMENT, which does not exist in real returns (the placement type is PLACE; see SOURCES.md CAVEAT), and it lists the same episode once per order. We read PLACE, so in this fixture (no PLACE column) both of child 1's episodes are in an unexpected placement and are flagged once each with the same orders (rows 0-3).",
  },
  {
    code: "710",
    folder: "lac2026_27",
    caseIndex: 0,
    kind: "fixture-column",
    reason:
      "The Python rule and its test read the placement from an Episodes column PLACEMENT, which does not exist in real returns (the placement type is PLACE; see SOURCES.md CAVEAT). We read PLACE, which this fixture does not carry, so nothing is flagged here; with the placement in PLACE the rule flags the same orders.",
  },
  {
    code: "SW01STG1",
    folder: "lac2023_24",
    caseIndex: 0,
    kind: "python-bug",
    reason:
      "The Python rule finds the looked-after children's open episodes but reports those Episodes row numbers under the SWEpisodes table (its row 6 is child7's social worker episode, a child who is not looked after, while the child meant is child8, who has no social worker episode to point at). We flag the same rows in the table they belong to: Episodes rows 0, 1, 2 and 6.",
  },
  {
    code: "204",
    folder: "lac2022_23",
    caseIndex: 0,
    kind: "letter-case",
    reason: `${UPPER_CASED} flag an ethnicity written in another case than last year's as changed.`,
  },
  {
    code: "208",
    folder: "lac2022_23",
    caseIndex: 0,
    kind: "letter-case",
    reason: `${UPPER_CASED} flag a UPN written in another case than last year's as changed.`,
  },
  {
    code: "231",
    folder: "lac2024_25",
    caseIndex: 0,
    kind: "fixture-column",
    reason:
      "The Python rule and its test read Header.UASC_STATUS, which no real return has (the Header item is UASC; ssda903.md §3.1 bug 4), so on a real return it raises a KeyError and does not run. We read UASC, which this fixture does not carry, so nothing is flagged here.",
  },
  {
    code: "393",
    folder: "lac2022_23",
    caseIndex: 0,
    kind: "letter-case",
    reason: `${UPPER_CASED} do not take the episode with LS "v4" as a short break, so that girl counts as looked after and her blank MOTHER is flagged.`,
  },
  {
    code: "393",
    folder: "lac2024_25",
    caseIndex: 0,
    kind: "letter-case",
    reason: `${UPPER_CASED} do not take the episode with LS "v4" as a short break, so that girl counts as looked after and her blank MOTHER is flagged.`,
  },
];
/**
 * Rules whose Python verdicts on its fake return were made on altered data: in that tool rule 365
 * fills blank episode end dates (DEC) with the last day of the collection year in the Episodes table
 * that every later rule shares (a shallow copy per rule; csc-validator-be-903 `lac_validator.py`), so
 * the rules run after it see no open episodes. Each of these flags exactly the Python tool's rows
 * once blank DEC are filled the same way; the comparison test does that for these rules only, and
 * checks that each really differs on the data as read. 387 (E5/E6 before the 14th birthday, judged
 * on DEC) was missing from this list and printed as unexplained: with DEC filled its verdicts agree
 * in every year (2026-12-04).
 */
export const PEER_RUN_FILLED_END_DATES: ReadonlySet<string> = new Set([
  "359",
  "376",
  "386",
  "387",
  "388",
  "407",
  "555",
  "602",
  "607",
]);

/** A rule whose verdicts on the Python tool's fake return differ from the Python tool's, and why. */
export interface FakeReturnDeviation {
  readonly code: string;
  /** The collection years (rule sets) in which the verdicts differ. */
  readonly years: readonly CollectionYear[];
  readonly kind: DeviationKind;
  readonly reason: string;
}

const ALL_YEARS: readonly CollectionYear[] = ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"];

/**
 * Every rule whose verdicts on the Python tool's fake return (the ten classic CSV tables, local
 * authority E09000027) differ from the Python tool's in some year, after `PEER_RUN_FILLED_END_DATES`.
 * Every other rule both tools ran flags the same rows. Rules the Python tool ran on empty stand-in
 * postcode data are skipped here with the reason (they need postcode reference data), never passed.
 */
export const FAKE_RETURN_DEVIATIONS: readonly FakeReturnDeviation[] = [
  {
    code: "634",
    years: ALL_YEARS,
    kind: "python-bug",
    reason:
      "The DfE rule concerns children who started to be looked after on or after 1 April 2016; the Python tool compares with the start of the collection year instead and flags most children (its own unit test uses a year that starts on 1 April 2016, where the two readings agree). We use the DfE rule's date.",
  },
  {
    code: "165",
    years: ["2024-25", "2025-26", "2026-27"],
    kind: "python-bug",
    reason:
      "From 2024-25 SEX is coded M/F/U (placements' Sex code list), but the Python tool's rule 165 still takes 1 as male and 2 as female (no lac2024_25 version of the rule). The fake return is coded 1/2, so the Python tool checks every '2' as a girl while we find no girl by the year's codes (rule 101 reports the codes themselves).",
  },
  {
    code: "146",
    years: ["2024-25"],
    kind: "code-list",
    reason:
      "The Python tool's 2024-25 list of placement types still has H5 and P2 (retired in 2024-25: liia-tools-pipeline SSDA903_schema_2025.diff.yml; P2 not valid from 28 October 2023, rule 217t) and writes K3 as 'k3', which never matches a cell it has upper-cased (ssda903.md §3.1 bug 1). We take the year's codes from placements' PlacementType, so the fake return's H5 and P2 episodes are flagged and a K3 would be accepted.",
  },
];

/**
 * Rules where we follow the law and not the Python tool, although none of its harvested test cases
 * shows the difference and its fake return does not either (so neither list above can hold them):
 * each says what the Python rule does, what the law says, and the case that differs. Every entry has
 * a hand-written test in the rule's own test file that the difference still holds.
 */
export const LEGAL_READING_DEVIATIONS: Readonly<Record<string, string>> = {
  "358":
    "The Python rule flags a youth justice episode when DOB + 10 years >= DECOM, so an episode starting on the child's 10th birthday is flagged. A person attains an age at the start of the anniversary of their birth (Family Law Reform Act 1969 s9): the child is 10 that day, and the DfE test is 'under 10'. We flag only episodes that start before the 10th birthday.",
};
