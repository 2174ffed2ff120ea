/**
 * Where this package deliberately gives a different verdict from the open-source Python validator
 * (data-to-insight/csc-validator-be-903 @10ad07c) on one of its own rule tests, and why. The
 * conformance suite runs every other harvested case and must agree on each; a case listed here is
 * run too, and must still disagree (so a deviation that no longer holds is noticed).
 */
export interface Deviation {
  /** The rule code. */
  readonly code: string;
  /** The D2I rule-set folder, e.g. `"lac2022_23"`. */
  readonly folder: string;
  /** 0-based index of the case among that rule's harvested cases in that folder. */
  readonly caseIndex: number;
  /** Why we differ: what the Python tool does, and what the DfE rule says. */
  readonly reason: string;
}

/** Every known deviation from the Python validator's rule tests. */
export const KNOWN_DEVIATIONS: readonly Deviation[] = [
  {
    code: "105",
    folder: "lac2022_23",
    caseIndex: 0,
    reason:
      "The Python rule returns nothing when its metadata says the file format is CSV, even though the test's Header has a UASC column. Our rules do not see the file format; the Header's UASC item exists only in the DfE XML format, so we check it whenever the Header has that column (the same verdict as the Python tool's XML case 1).",
  },
  {
    code: "233",
    folder: "lac2025_26",
    caseIndex: 0,
    reason:
      "The Python rule and its test read a column DATE_EPISODE_CEASED, which no real return has (SOURCES.md caveat); the episode end date is DEC. We read DEC, which the test does not give, so every row with a reason for placement change counts as open and row 3 is flagged too.",
  },
  {
    code: "705",
    folder: "lac2026_27",
    caseIndex: 0,
    reason:
      "The Python rule orders a child's deprivation of liberty orders by end date (open orders last) and flags the order listed before one that is open or that started later. For two overlapping orders it therefore flags the earlier-starting order (row 2: 03/01-06/01) instead of the one that started while it was in force (row 1: 04/01), and it would flag any closed order followed by a later open one, which is a valid history. The DfE rule is that an order cannot start while the previous one is open, so we order by start date and flag the order that started too early (rows 1, 4, 7, 8).",
  },
  {
    code: "706",
    folder: "lac2026_27",
    caseIndex: 0,
    reason:
      "The Python rule reports the row number of last year's open order as if it were a row of this year's DoLo table (row 2 is child 1's third order this year only by coincidence). A rule can only point at this year's records, so we flag the child's earliest order this year (row 0), or the child's Header record when the child has no order this year.",
  },
  {
    code: "709",
    folder: "lac2026_27",
    caseIndex: 0,
    reason:
      "The Python rule and its test read the placement from an Episodes column PLACEMENT, which does not exist in real returns (the placement type is PLACE; see SOURCES.md CAVEAT), and it lists the same episode once per order. We read PLACE, so in this fixture (no PLACE column) both of child 1's episodes are in an unexpected placement and are flagged once each with the same orders (rows 0-3).",
  },
  {
    code: "710",
    folder: "lac2026_27",
    caseIndex: 0,
    reason:
      "The Python rule and its test read the placement from an Episodes column PLACEMENT, which does not exist in real returns (the placement type is PLACE; see SOURCES.md CAVEAT). We read PLACE, which this fixture does not carry, so nothing is flagged here; with the placement in PLACE the rule flags the same orders.",
  },
  {
    code: "SW01STG1",
    folder: "lac2023_24",
    caseIndex: 0,
    reason:
      "The Python rule finds the looked-after children's open episodes but reports those Episodes row numbers under the SWEpisodes table (its row 6 is child7's social worker episode, a child who is not looked after, while the child meant is child8, who has no social worker episode to point at). We flag the same rows in the table they belong to: Episodes rows 0, 1, 2 and 6.",
  },
];

/**
 * Rules whose recorded verdicts on the Python tool's fake return
 * (`derived/903_peer_verdicts_fake_return_lac2022_23.json`) were made on altered data: in that tool,
 * an earlier rule fills blank episode end dates (DEC) with the last day of the collection year in
 * the Episodes table that all rules share, so the rules run after it see no open episodes. Each of
 * these was checked to flag exactly the Python tool's rows once blank DEC are filled the same way;
 * the comparison test does that for these rules only. Found while comparing verdicts (2026-11-23).
 */
export const PEER_RUN_FILLED_END_DATES: ReadonlySet<string> = new Set([
  "359",
  "376",
  "386",
  "388",
  "407",
  "555",
  "602",
  "607",
]);

/**
 * Rules where we follow the DfE rule and not the Python tool, so verdicts on its fake return differ.
 * 634: the DfE rule concerns children who started to be looked after on or after 1 April 2016; the
 * Python tool compares with the start of the collection year instead and flags most children (its
 * own unit test uses a year that starts on 1 April 2016, where the two readings agree).
 */
export const PEER_VERDICT_DEVIATIONS: Readonly<Record<string, string>> = {
  "634": "The DfE rule's date, 1 April 2016, not the start of the collection year.",
};

/**
 * Rules where we follow the law and not the Python tool, although none of its harvested test cases shows
 * the difference (so `KNOWN_DEVIATIONS` cannot list them): each says what the Python rule does, what the
 * law says, and the case that differs. Every entry has a hand-written test in the rule's own test file.
 */
export const LEGAL_READING_DEVIATIONS: Readonly<Record<string, string>> = {
  "358":
    "The Python rule flags a youth justice episode when DOB + 10 years >= DECOM, so an episode starting on the child's 10th birthday is flagged. A person attains an age at the start of the anniversary of their birth (Family Law Reform Act 1969 s9): the child is 10 that day, and the DfE test is 'under 10'. We flag only episodes that start before the 10th birthday.",
};
