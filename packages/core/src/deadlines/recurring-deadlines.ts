import { type Deadline, deadline } from "./deadline";
import { judgedOn } from "./deadline-window";

/** One deadline in a recurring series, before the day it was met is known. */
export interface RecurringDeadlineKind {
  readonly id: string;
  readonly label: string;
  readonly source: string;
  /** The last day on time; `null` when it cannot be worked out (a working day beyond the known holidays). */
  readonly dueBy: string | null;
}

/** What {@link recurringDeadlines} needs. */
export interface RecurringDeadlineSpec {
  /** The day the first interval runs from (becoming looked after, the plan agreed). */
  readonly start: string;
  /** The days the duty was met (reviews held), in any order. */
  readonly held: readonly string[];
  /** The day the duty ended, if it has: nothing falls due after it, and nothing is overdue after it. */
  readonly ended?: string | undefined;
  readonly asOf?: string | undefined;
  /** The `n`th deadline (from 0), running from `anchor`: the start, then the day the one before was met. */
  readonly next: (anchor: string, n: number) => RecurringDeadlineKind;
  /** Whether a date on the start day itself meets the first deadline (default: only a later one). */
  readonly startDayCounts?: boolean;
}

/**
 * A series of deadlines each running from the day the one before was met ("the second review not more
 * than three months after the first, then at intervals of not more than six months"). The series stops at
 * the first deadline not met, and when the duty ended before the next fell due. Dates after `ended` do not
 * count.
 *
 * @example
 * // Reviewed at least annually from 1 March 2025, reviewed 27 February 2026: next due 27 February 2027.
 * recurringDeadlines({
 *   start: "2025-03-01",
 *   held: ["2026-02-27"],
 *   next: (anchor) => ({ id: "x/review", label: "Review", source: "X reg 1", dueBy: addYears(anchor, 1) }),
 * }).map((d) => d.dueBy); // ["2026-03-01", "2027-02-27"]
 */
export function recurringDeadlines(spec: RecurringDeadlineSpec): Deadline[] {
  const { start, ended } = spec;
  const held = [...new Set(spec.held)]
    .filter((d) => (spec.startDayCounts ? d >= start : d > start) && (ended === undefined || d <= ended))
    .sort();
  const judge = judgedOn(spec.asOf, ended);
  const out: Deadline[] = [];
  let anchor: string | undefined = start;
  for (let n = 0; anchor !== undefined; n++) {
    const previous: string = anchor;
    const kind = spec.next(previous, n);
    const metOn = n === 0 ? held[0] : held.find((d) => d > previous);
    const endedFirst = ended !== undefined && kind.dueBy !== null && ended < kind.dueBy;
    if (metOn === undefined && endedFirst) break;
    out.push(deadline({ ...kind, metOn }, judge));
    anchor = metOn;
  }
  return out;
}
