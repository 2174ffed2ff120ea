import type { ValidationIssue } from "@childrens-social-care/core";
import type { Provision } from "../model/provision";
import type { ReformSource } from "../model/reform-source";
import { provisions as shippedProvisions } from "./provisions";
import { sources as shippedSources } from "./sources";

/**
 * Rules across provisions and sources that one schema cannot check, for the shipped catalogue and for a
 * council that adds its own local provisions. Never throws; returns issues.
 *
 * - `reforms/provision-id-unique` (error): two provisions share an id.
 * - `reforms/source-known` (error): a provision, event or commencement cites a source id not in `sources`.
 * - `reforms/event-not-before-source` (error): a status event is dated before every source that evidences it.
 * - `reforms/unverified-has-open-question` (warning): `verified: false` with no open question saying what to check.
 */
export function checkProvisions(
  list: readonly Provision[] = shippedProvisions,
  sourceList: readonly ReformSource[] = shippedSources,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sourceDates = new Map(sourceList.map((s) => [s.id, s.date]));
  const seen = new Set<string>();
  list.forEach((p, i) => {
    if (seen.has(p.id)) {
      issues.push({
        rule: "reforms/provision-id-unique",
        severity: "error",
        message: `The provision id "${p.id}" is used more than once.`,
        path: [i, "id"],
      });
    }
    seen.add(p.id);
    const cited: [string, (string | number)[]][] = [
      ...p.sourceIds.map((id, j): [string, (string | number)[]] => [id, [i, "sourceIds", j]]),
      ...p.history.flatMap((e, k) =>
        e.sourceIds.map((id, j): [string, (string | number)[]] => [id, [i, "history", k, "sourceIds", j]]),
      ),
      ...p.commencement.sourceIds.map((id, j): [string, (string | number)[]] => [
        id,
        [i, "commencement", "sourceIds", j],
      ]),
    ];
    for (const [id, path] of cited) {
      if (!sourceDates.has(id)) {
        issues.push({
          rule: "reforms/source-known",
          severity: "error",
          message: `"${p.id}" cites the source "${id}", which is not in the sources list.`,
          path,
        });
      }
    }
    p.history.forEach((e, k) => {
      const dates = e.sourceIds.map((id) => sourceDates.get(id)).filter((d): d is string => d !== undefined);
      if (dates.length > 0 && dates.every((d) => e.date < d)) {
        issues.push({
          rule: "reforms/event-not-before-source",
          severity: "error",
          message: `"${p.id}" is dated ${e.status} before any of its sources was published.`,
          path: [i, "history", k, "date"],
        });
      }
    });
    if (!p.verified && p.openQuestions.length === 0) {
      issues.push({
        rule: "reforms/unverified-has-open-question",
        severity: "warning",
        message: `"${p.id}" is marked unverified but does not say what is open.`,
        path: [i, "openQuestions"],
      });
    }
  });
  return issues;
}
