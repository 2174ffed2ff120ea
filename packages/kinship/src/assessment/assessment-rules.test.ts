import { describe, expect, it } from "vitest";
import { formC, sgReport, viability } from "../fixtures";
import { assessmentChecksRecorded } from "./assessment-rules";
import { KinshipAssessment } from "./kinship-assessment";

describe("assessment checks (child spoken to, two workers, statutory checks)", () => {
  it("accept completed assessments that record every required check", () => {
    expect(assessmentChecksRecorded.check(viability)).toEqual([]);
    expect(assessmentChecksRecorded.check(formC)).toEqual([]);
  });

  it("do not judge an assessment still in progress", () => {
    expect(assessmentChecksRecorded.check(sgReport)).toEqual([]);
  });

  it("warn for each check missing or not done from a completed assessment", () => {
    const issues = assessmentChecksRecorded.check({
      ...sgReport,
      status: "completed",
      checks: [
        { check: "child-spoken-to", status: "not-applicable", reason: "The child is 10 months old." },
        { check: "seen-by-two-workers", status: "not-done" },
        { check: "enhanced-dbs-check", status: "done" },
      ],
    });
    expect(issues.map((i) => i.message)).toEqual([
      'The completed assessment does not record "seen-by-two-workers" as done (or not applicable, with a reason).',
      'The completed assessment does not record "local-authority-checks" as done (or not applicable, with a reason).',
      'The completed assessment does not record "harm-and-risk-assessed" as done (or not applicable, with a reason).',
    ]);
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
  });

  it("rejects a not-applicable check without a reason, and an outcome of another assessment type", () => {
    expect(
      KinshipAssessment.safeParse({
        ...viability,
        checks: [{ check: "child-spoken-to", status: "not-applicable" }],
      }).success,
    ).toBe(false);
    expect(KinshipAssessment.safeParse({ ...viability, recommendation: "supports-sgo" }).success).toBe(false);
    expect(
      KinshipAssessment.safeParse({
        ...sgReport,
        panelRecommendation: { on: "2024-01-01", recommendation: "approve" },
      }).success,
    ).toBe(false);
  });
});
