import {
  addDays,
  addMonths,
  addYears,
  type Deadline,
  datesWithin,
  deadline,
  deadlineRule,
  judgedOn,
} from "@childrens-social-care/core";

// Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959) reg 28 "Frequency of
// visits", as made (https://www.legislation.gov.uk/uksi/2010/959/regulation/28/made):
// (2) R visits C within one week of the start of any placement, at intervals of not more than six weeks
//     for the first year of the placement, and thereafter at intervals of not more than three months
//     where the placement is intended to last until C is 18, and of not more than six weeks otherwise;
// (3) where reg 19 applies (placed with a parent before the assessment is complete): at least once a week
//     until the first review (Part 6), then at intervals of not more than six weeks;
// (4) where reg 24 applies (temporary approval of a connected person) or C lives with a parent under an
//     interim care order: at least once a week until the first review, then at intervals of not more than
//     four weeks;
// (5) where C lives with a parent under a care order: within one week of the making of the care order,
//     then at intervals of not more than six weeks.
// The Care Planning and Fostering (Miscellaneous Amendments) (England) Regulations 2015 (SI 2015/495)
// created long-term foster placements and, by its explanatory note, changed the frequency for them; its
// amended text was not available to us, so after a long-term foster placement's first year the interval is
// reported as unknown rather than guessed. Each interval runs from the visit before it, and takes the rule
// in force on the day of that visit (a visit in the 11th month is followed within six weeks).
const REG_28 = "Care Planning, Placement and Case Review (England) Regulations 2010 reg 28";

/** Which paragraph of reg 28 sets the visits for a placement. */
export type VisitRegime =
  | "standard"
  | "placed-with-parent-before-assessment"
  | "connected-person-temporary-approval"
  | "interim-care-order-with-parent"
  | "care-order-with-parent";

/** One placement, the facts reg 28 turns on, and the visits made while it lasted. */
export interface VisitScheduleInput {
  readonly placementStart: string;
  readonly placementEnd?: string | undefined;
  readonly regime: VisitRegime;
  /** reg 28(2)(c)(i): the placement is intended to last until the child is 18 (unknown when absent). */
  readonly intendedToLastUntil18?: boolean | undefined;
  /** A long-term foster placement (reg 22B): its visits after the first year are not known here. */
  readonly longTermFosterPlacement?: boolean | undefined;
  /** The first review under Part 6, which ends weekly visiting under reg 28(3) and (4). */
  readonly firstReviewOn?: string | undefined;
  /** reg 28(5): when the care order was made. */
  readonly careOrderMadeOn?: string | undefined;
  /** The dates the child was visited. */
  readonly visits: readonly string[];
}

type Interval = { readonly due: string | null; readonly within: string; readonly paragraph: string };

// The next visit due after a visit (or the start) on `anchor`.
function nextInterval(input: VisitScheduleInput, anchor: string): Interval {
  const weeklyUntilReview = input.firstReviewOn === undefined || anchor < input.firstReviewOn;
  switch (input.regime) {
    case "placed-with-parent-before-assessment":
      return weeklyUntilReview ? weeks(anchor, 1, "(3)(a)") : weeks(anchor, 6, "(3)(b)");
    case "connected-person-temporary-approval":
    case "interim-care-order-with-parent":
      return weeklyUntilReview ? weeks(anchor, 1, "(4)(a)") : weeks(anchor, 4, "(4)(b)");
    case "care-order-with-parent":
      return weeks(anchor, 6, "(5)(b)");
    case "standard": {
      if (anchor < addYears(input.placementStart, 1)) return weeks(anchor, 6, "(2)(b)");
      if (input.longTermFosterPlacement === true)
        return { due: null, within: "the interval for a long-term foster placement", paragraph: "(2)(c)" };
      if (input.intendedToLastUntil18 === true)
        return { due: addMonths(anchor, 3), within: "three months", paragraph: "(2)(c)(i)" };
      if (input.intendedToLastUntil18 === false) return weeks(anchor, 6, "(2)(c)(ii)");
      return { due: null, within: "three months or six weeks", paragraph: "(2)(c)" };
    }
  }
}

function weeks(anchor: string, n: number, paragraph: string): Interval {
  return { due: addDays(anchor, n * 7), within: n === 1 ? "one week" : `${n} weeks`, paragraph };
}

// The first visit: within one week of the placement (reg 28(2)(a)) or of the care order (reg 28(5)(a)).
function firstInterval(input: VisitScheduleInput): { anchor: string | undefined; interval: Interval } {
  if (input.regime === "care-order-with-parent") {
    const made = input.careOrderMadeOn;
    return made === undefined
      ? { anchor: undefined, interval: { due: null, within: "one week", paragraph: "(5)(a)" } }
      : { anchor: made, interval: weeks(made, 1, "(5)(a)") };
  }
  return { anchor: input.placementStart, interval: weeks(input.placementStart, 1, "(2)(a)") };
}

/**
 * The social worker visit deadlines of one placement (reg 28): each the latest day for the next visit,
 * met by the first visit after the one before. The schedule stops at the first deadline not met, and at
 * the end of the placement when nothing more fell due while it lasted.
 */
export function socialWorkerVisitDeadlines(input: VisitScheduleInput, asOf?: string): Deadline[] {
  const visits = datesWithin(input.visits, input.placementStart, input.placementEnd);
  const judge = judgedOn(asOf, input.placementEnd);
  const first = firstInterval(input);
  const out: Deadline[] = [];
  let anchor = first.anchor;
  let interval = first.interval;
  for (let n = 0; n <= visits.length; n++) {
    const metOn = anchor === undefined ? undefined : nextVisit(visits, anchor, n === 0);
    const endedFirst =
      input.placementEnd !== undefined && interval.due !== null && input.placementEnd < interval.due;
    if (metOn === undefined && endedFirst) break;
    out.push(
      deadline(
        {
          id: n === 0 ? "placements/visit-first" : "placements/visit",
          label: `${n === 0 ? "First social worker visit" : "Social worker visit"} (due within ${interval.within}${n === 0 ? "" : " of the last"})`,
          dueBy: interval.due,
          metOn,
          source: `${REG_28}${interval.paragraph}`,
        },
        judge,
      ),
    );
    if (metOn === undefined) break;
    anchor = metOn;
    interval = nextInterval(input, metOn);
  }
  return out;
}

// The first visit on or after the start (for the first deadline), or strictly after the last visit.
function nextVisit(visits: readonly string[], anchor: string, inclusive: boolean): string | undefined {
  return visits.find((v) => (inclusive ? v >= anchor : v > anchor));
}

/** Every social worker visit to a looked-after child was made in time (CPPCR 2010 reg 28). */
export const socialWorkerVisitsInTime = deadlineRule<VisitScheduleInput>({
  id: "placements/visit-timescales",
  severity: "error",
  description:
    "A looked-after child is visited within a week of a placement and then as often as reg 28 requires: six-weekly in the first year, weekly until the first review for a connected person's temporary approval, and so on.",
  source: REG_28,
  path: ["visits"],
  deadlines: socialWorkerVisitDeadlines,
});
