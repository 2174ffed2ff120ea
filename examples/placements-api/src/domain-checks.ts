// The second stage of validation. The published JSON Schema checks each field's shape (what any
// system can check); checks across fields and records (an end not before the start, a code valid on the
// episode's dates, episodes in order, none before the child's birth) are not expressible in JSON Schema,
// so they run here with the placements package's own schemas. The one check that needs today's date is
// the API's: it records what has happened, so a date of birth or an episode date after today is refused.
import { issuesFromZod } from "@childrens-social-care/core";
import { CareEpisode, LookedAfterChild } from "@childrens-social-care/placements";
import type { FieldProblem } from "./problem.ts";

const SCHEMAS = { LookedAfterChild, CareEpisode } as const;
export type RecordName = keyof typeof SCHEMAS;

/** Dates that record something that has already happened, by record. */
const PAST_DATES: Record<RecordName, readonly string[]> = {
  LookedAfterChild: ["dateOfBirth", "uascCeasedDate", "childOfMotherDateOfBirth"],
  CareEpisode: ["startDate", "endDate"],
};

// en-CA formats a date as YYYY-MM-DD. Made once: a DateTimeFormat costs far more to make than to use.
const LONDON_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });

/** Today's date in England (the council's calendar, whatever the server's time zone). */
export function todayInEngland(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}

function notInFuture(name: RecordName, record: Record<string, unknown>, today: string): FieldProblem[] {
  return PAST_DATES[name]
    .filter((field) => typeof record[field] === "string" && (record[field] as string) > today)
    .map((field) => ({ pointer: `/${field}`, field, detail: "must not be after today" }));
}

export type DomainResult =
  | { readonly ok: true; readonly record: Record<string, unknown> }
  | { readonly ok: false; readonly problems: FieldProblem[] };

/** The placements package's checks of one record, then the API's own "not after today". */
export function checkRecord(name: RecordName, body: unknown, today: string): DomainResult {
  const result = SCHEMAS[name].safeParse(body);
  if (!result.success) {
    const problems = issuesFromZod(result.error.issues).map((issue) => ({
      pointer: `/${issue.path.join("/")}`,
      field: String(issue.path.at(-1) ?? "(body)"),
      detail: issue.message,
    }));
    return { ok: false, problems };
  }
  const record = result.data as Record<string, unknown>;
  const future = notInFuture(name, record, today);
  return future.length > 0 ? { ok: false, problems: future } : { ok: true, record };
}

/**
 * Checks a new episode against the child's recorded episodes, as the child's whole record: in date
 * order and not overlapping, not before the child's birth, and a K3 placement only from 16. Problems are
 * reported on the new episode's fields.
 */
export function episodeInContext(
  child: Record<string, unknown>,
  existing: readonly Record<string, unknown>[],
  episode: Record<string, unknown>,
): FieldProblem[] {
  const episodes = [...existing, episode] as { startDate: string }[];
  episodes.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const at = episodes.indexOf(episode as { startDate: string });
  const result = LookedAfterChild.safeParse({ ...child, episodes });
  if (result.success) return [];
  return issuesFromZod(result.error.issues)
    .filter((issue) => issue.path[0] === "episodes" && (issue.path[1] === at || issue.path[1] === at + 1))
    .map((issue) => {
      const field = String(issue.path.at(-1) ?? "startDate");
      return { pointer: `/${field}`, field, detail: issue.message };
    });
}
