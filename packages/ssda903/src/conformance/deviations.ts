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
    code: "179",
    folder: "lac2022_23",
    caseIndex: 0,
    reason:
      "The test gives only the derived PL_LOCATION column, with no PL_LA column and no postcode data. Rule 179 needs postcode-derived data, and validateReturn skips postcode rules unless postcodes or a PL_LA column are given (never silently passing), so the rule is skipped here where the Python tool flags row 2. With a PL_LA column or postcodes the rule reads PL_LOCATION and agrees.",
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
