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
