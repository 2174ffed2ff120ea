import {
  addDays,
  addWorkingDays,
  addYears,
  type Deadline,
  datesWithin,
  deadline,
  deadlineRule,
  judgedOn,
} from "@childrens-social-care/core";
import type { KinshipArrangement, PrivateFosteringArrangement } from "../arrangement/kinship-arrangement";

// Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533):
// reg 4(1): where a local authority have received notification under reg 3 (a proposal to foster a child
//   privately) they must arrange for an officer "within seven working days" to visit the premises, the
//   proposed carer and household, and the child (text read in the copy of the regulations printed with the
//   National Minimum Standards for Private Fostering, Torbay Council; the legislation.gov.uk explanatory
//   note confirms the visit but not the time limit).
// reg 7: the same action when the council is told of a child already being fostered privately (regs 5-6).
//   Its text was not read: the seven working days are taken from reg 4, and a late visit under reg 7 is
//   therefore a query, not an error, until reg 7 is checked.
// reg 8(1): visits "in the first year of the private fostering arrangement, at intervals of not more than
//   six weeks; and in any second or subsequent year, at intervals of not more than 12 weeks"; reg 8(6):
//   the arrangement "is deemed to begin when the local authority become aware of it"
//   (https://www.legislation.gov.uk/uksi/2005/1533/regulation/8/made).
// "Working day" is read as in the Welsh regulations' definition (any day but a Saturday, Sunday, Christmas
// Day, Good Friday or bank holiday): core's working days. Beyond the known bank holidays the initial visit's
// due date is unknown.
const REGS = "Children (Private Arrangements for Fostering) Regulations 2005";
const REG_7 = `${REGS} reg 7 (time limit as in reg 4(1); reg 7 not verified)`;

/** reg 4(1): the initial visit is due within this many working days of notification. */
export const PRIVATE_FOSTERING_INITIAL_VISIT_WORKING_DAYS = 7;

/**
 * When the first year of visiting under reg 8 begins: when the council became aware of the arrangement
 * (reg 8(6)), but not before the child began to live with the carer (a proposal known in advance is not
 * yet an arrangement to visit under reg 8).
 */
export function privateFosteringVisitingYearBegins(
  arrangement: PrivateFosteringArrangement,
): string | undefined {
  const aware = arrangement.localAuthorityAwareOn ?? arrangement.notifiedOn;
  if (aware === undefined) return undefined;
  // ISO dates sort as strings: the later of the two.
  return [aware, arrangement.startedOn].sort()[1];
}

/**
 * The visits a privately fostered child is due from the council: the initial visit within seven working
 * days of notification (reg 4 for a proposal, reg 7 for an arrangement already begun), then at intervals of
 * at most six weeks in the first year and 12 weeks after (reg 8). Each interval runs from the visit before
 * it, or from the start of the arrangement when that is later, and takes the interval of the year that
 * visit falls in. The schedule stops at the first deadline not met, and at the end of the arrangement when
 * nothing more fell due while it lasted. Nothing is due until the council has been notified.
 *
 * Visits are `visits` together with `lastVisitOn`.
 */
export function privateFosteringVisitDeadlines(
  arrangement: PrivateFosteringArrangement,
  asOf?: string,
): Deadline[] {
  const notified = arrangement.notifiedOn;
  const yearBegins = privateFosteringVisitingYearBegins(arrangement);
  if (notified === undefined || yearBegins === undefined) return [];
  const ended = arrangement.endedOn;
  const recorded = arrangement.lastVisitOn === undefined ? [] : [arrangement.lastVisitOn];
  const visits = datesWithin([...(arrangement.visits ?? []), ...recorded], notified, ended);
  const judge = judgedOn(asOf, ended);
  const proposal = notified < arrangement.startedOn;
  const out: Deadline[] = [];

  const initialDue = addWorkingDays(notified, PRIVATE_FOSTERING_INITIAL_VISIT_WORKING_DAYS) ?? null;
  let metOn: string | undefined = visits[0];
  out.push(
    deadline(
      {
        id: "kinship/private-fostering-visit-initial",
        label: "Initial visit by the council (due within seven working days of notification)",
        dueBy: initialDue,
        metOn,
        source: proposal ? `${REGS} reg 4(1)` : REG_7,
      },
      judge,
    ),
  );
  if (initialDue === null) return out;
  const secondYear = addYears(yearBegins, 1);
  while (metOn !== undefined) {
    const anchor: string = metOn > yearBegins ? metOn : yearBegins;
    const firstYear = anchor < secondYear;
    const due = addDays(anchor, firstYear ? 42 : 84);
    const previous: string = metOn;
    metOn = visits.find((v) => v > previous && v >= yearBegins);
    if (metOn === undefined && ended !== undefined && ended < due) break;
    out.push(
      deadline(
        {
          id: "kinship/private-fostering-visit",
          label: `Visit by the council (due within ${firstYear ? "six weeks in the first year" : "12 weeks after the first year"})`,
          dueBy: due,
          metOn,
          source: `${REGS} reg 8(1)(${firstYear ? "a" : "b"})`,
        },
        judge,
      ),
    );
  }
  return out;
}

/**
 * A privately fostered child is visited in time: within seven working days of notification, then at
 * least six-weekly in the first year and 12-weekly after. Late or overdue visits under regs 4 and 8 are
 * errors; a late initial visit after a notification under regs 5-6 is a query, because reg 7's own time
 * limit has not been checked.
 */
export const privateFosteringVisitsInTime = deadlineRule<KinshipArrangement>({
  id: "kinship/private-fostering-visits",
  severity: "error",
  description:
    "A privately fostered child is visited within seven working days of notification, then at least every six weeks in the first year and every 12 weeks after.",
  source: `${REGS} regs 4, 7 and 8`,
  path: ["visits"],
  deadlines: (arrangement, asOf) =>
    arrangement.type === "private-fostering" ? privateFosteringVisitDeadlines(arrangement, asOf) : [],
  severityOf: (_arrangement, d) => (d.source === REG_7 ? "query" : "error"),
});
