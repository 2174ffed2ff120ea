// The second stage of validation. The published JSON Schema checks each field's shape (what any
// system can check); checks across fields (an end not before the start, a code valid on the
// episode's dates, episodes in order) are not expressible in JSON Schema, so they run here with the
// placements package's own schemas.
import { issuesFromZod } from "@childrens-social-care/core";
import { CareEpisode, LookedAfterChild } from "@childrens-social-care/placements";
import type { FieldProblem } from "./problem.ts";

const SCHEMAS = { LookedAfterChild, CareEpisode } as const;

export function domainProblems(name: keyof typeof SCHEMAS, body: unknown): FieldProblem[] {
  const result = SCHEMAS[name].safeParse(body);
  if (result.success) return [];
  return issuesFromZod(result.error.issues).map((issue) => {
    const pointer = `/${issue.path.join("/")}`;
    return { pointer, field: String(issue.path.at(-1) ?? "(body)"), detail: issue.message };
  });
}

/**
 * Checks a new episode against the child's recorded episodes, as the child's whole record: in date
 * order and not overlapping, and a K3 placement only from 16. Problems are reported on the new
 * episode's fields.
 */
export function episodeInContext(
  child: unknown,
  existing: readonly unknown[],
  episode: unknown,
): FieldProblem[] {
  const episodes = [...existing, episode] as { startDate: string }[];
  episodes.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const at = episodes.indexOf(episode as { startDate: string });
  const result = LookedAfterChild.safeParse({ ...(child as object), episodes });
  if (result.success) return [];
  return issuesFromZod(result.error.issues)
    .filter((issue) => issue.path[0] === "episodes" && (issue.path[1] === at || issue.path[1] === at + 1))
    .map((issue) => {
      const field = String(issue.path.at(-1) ?? "startDate");
      return { pointer: `/${field}`, field, detail: issue.message };
    });
}
