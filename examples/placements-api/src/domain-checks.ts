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
