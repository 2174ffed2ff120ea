import { isIsoDate, type ValidationIssue } from "@childrens-social-care/core";
import { provisions as catalogue } from "../catalogue/provisions";
import type { Provision } from "../model/provision";
import type { ImplementationTracker } from "./implementation-tracker";

/**
 * Rules on a tracker that need the catalogue or today's date (the schema checks shape). Never throws;
 * returns issues. Messages name provisions and actions by id, never the officers who own them.
 *
 * - `reforms/tracker-unknown-provision` (error): the entry's provision is not in the catalogue.
 * - `reforms/tracker-rated-green-with-overdue-actions` (warning): green or complete while actions are overdue.
 * - `reforms/tracker-no-actions-not-green` (query): red or amber with no actions planned.
 * - `reforms/tracker-updated-in-future` (error): `updatedOn` is after `today`.
 */
export function checkTracker(
  tracker: ImplementationTracker,
  today: string,
  list: readonly Provision[] = catalogue,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const known = new Set(list.map((p) => p.id));
  if (isIsoDate(today) && tracker.updatedOn > today) {
    issues.push({
      rule: "reforms/tracker-updated-in-future",
      severity: "error",
      message: "The tracker's update date is after today.",
      path: ["updatedOn"],
    });
  }
  tracker.entries.forEach((entry, i) => {
    if (!known.has(entry.provisionId)) {
      issues.push({
        rule: "reforms/tracker-unknown-provision",
        severity: "error",
        message: `"${entry.provisionId}" is not a provision in the reforms catalogue.`,
        path: ["entries", i, "provisionId"],
      });
    }
    const overdue = entry.actions.filter(
      (a) => a.status !== "done" && a.status !== "cancelled" && isIsoDate(today) && a.dueDate < today,
    );
    if ((entry.rag === "green" || entry.rag === "complete") && overdue.length > 0) {
      issues.push({
        rule: "reforms/tracker-rated-green-with-overdue-actions",
        severity: "warning",
        message: `"${entry.provisionId}" is rated ${entry.rag} but ${overdue.length} action(s) are overdue.`,
        path: ["entries", i, "rag"],
      });
    }
    if ((entry.rag === "red" || entry.rag === "amber") && entry.actions.length === 0) {
      issues.push({
        rule: "reforms/tracker-no-actions-not-green",
        severity: "query",
        message: `"${entry.provisionId}" is rated ${entry.rag} with no actions planned.`,
        path: ["entries", i, "actions"],
      });
    }
  });
  return issues;
}
