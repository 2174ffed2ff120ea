import { describe, expect, it } from "vitest";
import {
  type PathwayPlanReviewInput,
  pathwayPlanReviewDeadlines,
  pathwayPlanReviewedSixMonthly,
} from "./pathway-plan-reviews";
import {
  type PersonalAdviserInput,
  personalAdviserRequiredOn,
  personalAdviserSupportEndsOn,
  personalAdviserTo25,
} from "./personal-adviser";

describe("pathway plan reviews (Care Leavers (England) Regulations 2010: at most six months apart)", () => {
  const plan: PathwayPlanReviewInput = {
    status: "former-relevant-child",
    preparedOn: "2025-08-31",
    reviewsHeldOn: ["2026-02-27", "2026-09-01"],
  };

  it("dates each review six calendar months after the plan or the last review, clamped to a short month", () => {
    // 31 Aug 2025 + 6 months = 28 Feb 2026 (no 29th or 31st); held 27 Feb. 27 Feb + 6 months = 27 Aug
    // 2026; held 1 Sep, five days late. 1 Sep + 6 months = 1 Mar 2027, still due on 4 Dec 2026.
    expect(
      pathwayPlanReviewDeadlines(plan, "2026-12-04").map((d) => [d.dueBy, d.metOn ?? null, d.status]),
    ).toEqual([
      ["2026-02-28", "2026-02-27", "met"],
      ["2026-08-27", "2026-09-01", "met-late"],
      ["2027-03-01", null, "due"],
    ]);
    expect(pathwayPlanReviewedSixMonthly.check(plan, { asOf: "2026-12-04" })).toEqual([
      {
        rule: "corporate-parenting/pathway-plan-review",
        severity: "error",
        message:
          "Pathway plan review (due within six months of the plan or the last review): held late by 5 days (Care Leavers (England) Regulations 2010 (SI 2010/2571), review of pathway plans (regulation number not verified)).",
        path: ["reviewsHeldOn"],
      },
    ]);
  });

  it("is overdue once six months pass with no review, and stops when the duty ends", () => {
    const none = { ...plan, reviewsHeldOn: [] };
    expect(pathwayPlanReviewDeadlines(none, "2026-03-10").map((d) => d.status)).toEqual(["overdue"]);
    expect(pathwayPlanReviewedSixMonthly.check(none, { asOf: "2026-03-10" })[0]?.message).toContain(
      "overdue by 10 days",
    );
    // The duty ended 1 Jan 2026, before the first review fell due: nothing to judge.
    expect(pathwayPlanReviewDeadlines({ ...none, endedOn: "2026-01-01" }, "2026-12-04")).toEqual([]);
  });

  it("has none for an eligible child (reviewed with the looked-after reviews) or a qualifying care leaver", () => {
    expect(pathwayPlanReviewDeadlines({ ...plan, status: "eligible-child" })).toEqual([]);
    expect(pathwayPlanReviewDeadlines({ ...plan, status: "qualifying-care-leaver" })).toEqual([]);
  });
});

describe("personal adviser to 25 (Children Act 1989 ss23B, 23C, 23CA, 23CZB)", () => {
  const leaver: PersonalAdviserInput = {
    status: "former-relevant-child",
    dateOfBirth: "2004-02-29",
    personalAdviserAppointed: false,
  };

  it("ends on the 25th birthday (1 March in a common year for 29 February)", () => {
    expect(personalAdviserSupportEndsOn("2001-02-28")).toBe("2026-02-28");
    expect(personalAdviserSupportEndsOn("2004-02-29")).toBe("2029-03-01");
  });

  it("is required under 21, from 21 only when asked for or in education or training, and never at 25", () => {
    // 21 on 1 Mar 2025 (2025 has no 29 February).
    expect(personalAdviserRequiredOn(leaver, "2025-02-28")).toBe(true);
    expect(personalAdviserRequiredOn(leaver, "2025-03-01")).toBe(false);
    expect(personalAdviserRequiredOn({ ...leaver, requestedAfter21: true }, "2025-03-01")).toBe(true);
    expect(personalAdviserRequiredOn({ ...leaver, inEducationOrTraining: true }, "2029-02-28")).toBe(true);
    expect(personalAdviserRequiredOn({ ...leaver, requestedAfter21: true }, "2029-03-01")).toBe(false);
    expect(personalAdviserRequiredOn({ ...leaver, status: "relevant-child" }, "2021-06-01")).toBe(true);
    expect(personalAdviserRequiredOn({ ...leaver, status: "qualifying-care-leaver" }, "2021-06-01")).toBe(
      false,
    );
  });

  it("applies s23CZB only from 1 April 2018", () => {
    const older = { ...leaver, dateOfBirth: "1996-01-10", requestedAfter21: true };
    expect(personalAdviserRequiredOn(older, "2018-03-31")).toBe(false);
    expect(personalAdviserRequiredOn(older, "2018-04-01")).toBe(true);
  });

  it("reports an entitled care leaver with no adviser, without the date of birth", () => {
    const issues = personalAdviserTo25.check(leaver, { asOf: "2024-06-01" });
    expect(issues.map((i) => [i.rule, i.severity, i.path])).toEqual([
      ["corporate-parenting/personal-adviser", "error", ["personalAdviserAppointed"]],
    ]);
    expect(issues[0]?.message).not.toContain("2004");
    expect(
      personalAdviserTo25.check({ ...leaver, personalAdviserAppointed: true }, { asOf: "2024-06-01" }),
    ).toEqual([]);
    expect(personalAdviserTo25.check(leaver)).toEqual([]);
  });
});
