import { addMonths, daysBetween, isIsoDate } from "@childrens-social-care/core";
import { provisions as catalogue } from "../catalogue/provisions";
import type { Provision } from "../model/provision";
import type { ProvisionStatus } from "../model/provision-status";
import type { ImplementationTracker } from "./implementation-tracker";
import type { RagRating } from "./rag-rating";

/** An action past its due date and not done or cancelled. */
export interface OverdueAction {
  readonly provisionId: string;
  readonly actionId: string;
  readonly description: string;
  readonly dueDate: string;
  readonly daysOverdue: number;
}

/** A provision that starts to apply (wholly or in part) within the window. */
export interface UpcomingCommencement {
  readonly provisionId: string;
  readonly title: string;
  readonly date: string;
  /** `in-force` / `partly-in-force` for a dated event or commencement date; `expected` for an expected-by date. */
  readonly kind: "in-force" | "partly-in-force" | "expected";
  /** Whether the council's tracker has an entry for it. */
  readonly tracked: boolean;
}

/** What a committee report needs from a tracker on a given day. */
export interface TrackerSummary {
  readonly today: string;
  /** The last day of the look-ahead window (`today` plus the months asked for). */
  readonly horizon: string;
  readonly overdue: readonly OverdueAction[];
  readonly commencing: readonly UpcomingCommencement[];
  readonly byRag: Readonly<Record<RagRating, number>>;
  /** Council-facing duties in the catalogue the tracker does not cover. */
  readonly untrackedDuties: readonly string[];
  /** Tracker entries whose provision id is not in the catalogue. */
  readonly unknownProvisionIds: readonly string[];
}

const COMMENCING: readonly ProvisionStatus[] = ["in-force", "partly-in-force"];

/**
 * Summarises a tracker on `today` (an argument, so the result never depends on the clock): overdue
 * actions (due before today, not done or cancelled), provisions that commence after today and on or before
 * `today + months`, counts by RAG, duties on councils not yet tracked, and entries for unknown provisions.
 */
export function summariseTracker(
  tracker: ImplementationTracker,
  today: string,
  options: { months?: number; catalogue?: readonly Provision[] } = {},
): TrackerSummary {
  if (!isIsoDate(today)) throw new RangeError("today must be an ISO date (YYYY-MM-DD).");
  const months = options.months ?? 6;
  const list = options.catalogue ?? catalogue;
  const horizon = addMonths(today, months);
  const known = new Set(list.map((p) => p.id));
  const tracked = new Set(tracker.entries.map((e) => e.provisionId));

  const overdue: OverdueAction[] = [];
  const byRag: Record<RagRating, number> = { red: 0, amber: 0, green: 0, complete: 0, "not-rated": 0 };
  for (const entry of tracker.entries) {
    byRag[entry.rag] += 1;
    for (const action of entry.actions) {
      if (action.status === "done" || action.status === "cancelled") continue;
      if (action.dueDate < today) {
        overdue.push({
          provisionId: entry.provisionId,
          actionId: action.id,
          description: action.description,
          dueDate: action.dueDate,
          daysOverdue: daysBetween(action.dueDate, today),
        });
      }
    }
  }
  overdue.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));

  const inWindow = (date: string | undefined): date is string =>
    date !== undefined && date > today && date <= horizon;
  const commencing: UpcomingCommencement[] = [];
  for (const p of list) {
    const seen = new Set<string>();
    const add = (date: string, kind: UpcomingCommencement["kind"]) => {
      if (seen.has(date)) return;
      seen.add(date);
      commencing.push({ provisionId: p.id, title: p.title, date, kind, tracked: tracked.has(p.id) });
    };
    for (const event of p.history) {
      if (inWindow(event.date) && COMMENCING.includes(event.status)) {
        add(event.date, event.status as "in-force" | "partly-in-force");
      }
    }
    if (inWindow(p.commencement.date)) add(p.commencement.date, "in-force");
    if (inWindow(p.commencement.expectedBy)) add(p.commencement.expectedBy, "expected");
  }
  commencing.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const untrackedDuties = list
    .filter((p) => p.kind === "duty" && p.dutyHolders.includes("local-authority") && !tracked.has(p.id))
    .map((p) => p.id);
  const unknownProvisionIds = tracker.entries.map((e) => e.provisionId).filter((id) => !known.has(id));

  return { today, horizon, overdue, commencing, byRag, untrackedDuties, unknownProvisionIds };
}
