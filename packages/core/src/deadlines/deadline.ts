import { daysBetween, type IsoDate } from "../dates/iso-date";
import type { Severity, ValidationIssue } from "../validation/validation-issue";

/**
 * Where a statutory deadline stands: met on time, met late, still due, overdue, or unknown (the due date
 * cannot be worked out: it depends on working days beyond the known bank holidays, or on an event not yet
 * recorded).
 */
export type DeadlineStatus = "met" | "met-late" | "due" | "overdue" | "unknown";

/**
 * One statutory deadline as a caseworker sees it: what is due, by when, under which provision, and
 * whether it was met. Labels name no personal data.
 */
export interface Deadline {
  /** Stable id of the kind of deadline, e.g. `"placements/review-first"`. */
  readonly id: string;
  /** Plain English: what must happen. */
  readonly label: string;
  /** The last day on which it is on time; `null` when it cannot be worked out. */
  readonly dueBy: IsoDate | null;
  /** The day it was met, when it was. */
  readonly metOn?: IsoDate;
  readonly status: DeadlineStatus;
  /** The Act, regulation or guidance that sets it. */
  readonly source: string;
}

/**
 * The status of a deadline from its due date, the day it was met (if it was) and the day it is judged
 * on. Without `asOf` an unmet deadline is `due`: nothing says time has run out.
 */
export function deadlineStatus(
  dueBy: string | null,
  metOn: string | undefined,
  asOf?: string,
): DeadlineStatus {
  if (dueBy === null) return "unknown";
  if (metOn !== undefined) return metOn <= dueBy ? "met" : "met-late";
  return asOf !== undefined && asOf > dueBy ? "overdue" : "due";
}

/** Builds a deadline, working out its status. */
export function deadline(
  fields: Omit<Deadline, "status" | "metOn"> & { readonly metOn?: string | undefined },
  asOf?: string,
): Deadline {
  const { metOn, ...rest } = fields;
  return {
    ...rest,
    ...(metOn === undefined ? {} : { metOn }),
    status: deadlineStatus(fields.dueBy, metOn, asOf),
  };
}

/** Options for {@link deadlineIssues}. */
export interface DeadlineIssueOptions {
  /** The rule id the issues carry. */
  readonly rule: string;
  readonly severity: Severity;
  readonly path?: (string | number)[];
  /** The day judged on, to say by how many days an overdue deadline is late. */
  readonly asOf?: string;
}

/**
 * Validation issues for the deadlines that were missed: met late, or overdue on the day judged. A deadline
 * whose due date is unknown gives no issue (it cannot be judged), nor does one still due. Messages give
 * the delay in days, never the dates themselves (they belong to a child's record).
 */
export function deadlineIssues(
  deadlines: readonly Deadline[],
  options: DeadlineIssueOptions,
): ValidationIssue[] {
  return deadlines.flatMap((d): ValidationIssue[] => {
    if (d.status !== "met-late" && d.status !== "overdue") return [];
    const late = (to: string | undefined) =>
      d.dueBy === null || to === undefined ? "" : ` by ${plural(daysBetween(d.dueBy, to), "day")}`;
    const when = d.status === "met-late" ? `held late${late(d.metOn)}` : `overdue${late(options.asOf)}`;
    return [
      {
        rule: options.rule,
        severity: options.severity,
        message: `${d.label}: ${when} (${d.source}).`,
        path: options.path ?? [],
      },
    ];
  });
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
