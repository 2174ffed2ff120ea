import type { ValidationIssue } from "@childrens-social-care/core";
import type { Rule } from "../rule";
import type { AssessmentCheck } from "./assessment-check";
import type { KinshipAssessment } from "./kinship-assessment";

/** The checks a completed full assessment must account for, as done or not applicable with a reason. */
export const REQUIRED_CHECKS: Readonly<Record<KinshipAssessment["type"], readonly AssessmentCheck[]>> = {
  viability: ["child-spoken-to"],
  "connected-person": [
    "child-spoken-to",
    "seen-by-two-workers",
    "enhanced-dbs-check",
    "local-authority-checks",
  ],
  "special-guardianship-report": [
    "child-spoken-to",
    "seen-by-two-workers",
    "enhanced-dbs-check",
    "local-authority-checks",
    "harm-and-risk-assessed",
  ],
};

/** A completed assessment records each required check as done, or not applicable with a reason. */
export const assessmentChecksRecorded: Rule<KinshipAssessment> = {
  id: "kinship/assessment-checks",
  severity: "warning",
  description:
    "A completed kinship assessment records the child spoken to, two workers, and the statutory checks, each as done or not applicable.",
  source:
    "Children Act 1989 s1(3)(a); Special Guardianship Regulations 2005 Schedule (SI 2016/111); Fostering Services (England) Regulations 2011; council practice",
  check(assessment) {
    if (assessment.status !== "completed") return [];
    const recorded = new Map((assessment.checks ?? []).map((c) => [c.check, c.status]));
    const issues: ValidationIssue[] = [];
    for (const check of REQUIRED_CHECKS[assessment.type]) {
      const status = recorded.get(check);
      if (status === "done" || status === "not-applicable") continue;
      issues.push({
        rule: "kinship/assessment-checks",
        severity: "warning",
        message: `The completed assessment does not record "${check}" as done (or not applicable, with a reason).`,
        path: ["checks"],
      });
    }
    return issues;
  },
};
