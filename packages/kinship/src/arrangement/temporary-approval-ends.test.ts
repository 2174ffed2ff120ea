import { addDays, daysBetween, fromEpochDay, toEpochDay } from "@childrens-social-care/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeDays, temporaryApprovalEnds } from "./temporary-approval-ends";

// Every expected date below was worked out by hand, counting days month by month.
describe("temporaryApprovalEnds: 16 weeks (reg 24) and one extension of up to 8 weeks (reg 25(2))", () => {
  it("ends 16 weeks (112 days) after approval, across a leap February", () => {
    // Mon 8 Jan 2024: 23 days to 31 Jan, 29 in Feb (52), 31 in Mar (83), 29 Apr makes 112.
    expect(temporaryApprovalEnds("2024-01-08")).toEqual({
      ok: true,
      status: "fixed",
      endsOn: "2024-04-29",
      unextendedEnd: "2024-04-29",
      extensionDays: 0,
    });
  });

  it("ends 16 weeks after approval in a common year", () => {
    // Mon 9 Jan 2023: 22 to 31 Jan, 28 in Feb (50), 31 in Mar (81), 30 in Apr (111), 1 May = 112.
    expect(temporaryApprovalEnds("2023-01-09")).toMatchObject({ ok: true, endsOn: "2023-05-01" });
  });

  it("crosses the year end and 29 February", () => {
    // 1 Dec 2023: 30 to 31 Dec, 31 in Jan (61), 29 in Feb (90), 22 Mar = 112.
    expect(temporaryApprovalEnds("2023-12-01")).toMatchObject({ ok: true, endsOn: "2024-03-22" });
  });

  it("adds an extension of exactly eight weeks", () => {
    // 29 Apr 2024 + 56: 1 to 30 Apr, 31 in May (32), 24 Jun = 56.
    expect(temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", weeks: 8 })).toEqual({
      ok: true,
      status: "fixed",
      endsOn: "2024-06-24",
      unextendedEnd: "2024-04-29",
      extensionDays: 56,
    });
    // 22 Mar 2024 + 56: 9 to 31 Mar, 30 in Apr (39), 17 May = 56.
    expect(
      temporaryApprovalEnds("2023-12-01", { reason: "full-assessment-incomplete", weeks: 8 }),
    ).toMatchObject({
      endsOn: "2024-05-17",
    });
  });

  it("accepts an extension given by its end date, up to the eighth week", () => {
    expect(
      temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", endsOn: "2024-05-10" }),
    ).toMatchObject({ ok: true, endsOn: "2024-05-10", extensionDays: 11 });
    expect(
      temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", endsOn: "2024-06-24" }),
    ).toMatchObject({ ok: true, endsOn: "2024-06-24", extensionDays: 56 });
  });

  it("returns an error, not a later date, for an extension longer than eight weeks", () => {
    const nine = temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", weeks: 9 });
    expect(nine.ok).toBe(false);
    expect(nine).not.toHaveProperty("endsOn");
    if (nine.ok) throw new Error("unreachable");
    expect(nine.issue).toMatchObject({
      rule: "kinship/temporary-approval-extension-too-long",
      severity: "error",
      path: ["extension", "weeks"],
    });
    expect(nine.issue.message).toContain("9 weeks");
    // One day over: 57 days.
    const oneDayOver = temporaryApprovalEnds("2024-01-08", {
      reason: "full-assessment-incomplete",
      endsOn: "2024-06-25",
    });
    expect(oneDayOver).toMatchObject({
      ok: false,
      issue: { rule: "kinship/temporary-approval-extension-too-long" },
    });
    if (!oneDayOver.ok) expect(oneDayOver.issue.message).toContain("8 weeks and 1 day");
  });

  it("rejects extensions that extend nothing or are not whole weeks", () => {
    expect(
      temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", endsOn: "2024-04-29" }),
    ).toMatchObject({ ok: false, issue: { rule: "kinship/temporary-approval-extension-invalid" } });
    expect(
      temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", weeks: 0 }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", weeks: 2.5 }),
    ).toMatchObject({
      ok: false,
      issue: { path: ["extension", "weeks"] },
    });
  });

  it("runs until the outcome of an independent review is known (reg 25(3)), which may be beyond 24 weeks", () => {
    expect(temporaryApprovalEnds("2024-01-08", { reason: "independent-review-pending" })).toEqual({
      ok: true,
      status: "until-review-outcome",
      endsOn: null,
      unextendedEnd: "2024-04-29",
    });
    expect(
      temporaryApprovalEnds("2024-01-08", {
        reason: "independent-review-pending",
        outcomeKnownOn: "2024-09-02",
      }),
    ).toMatchObject({ ok: true, endsOn: "2024-09-02" });
    // An outcome known before the 16 weeks are up does not shorten the approval.
    expect(
      temporaryApprovalEnds("2024-01-08", {
        reason: "independent-review-pending",
        outcomeKnownOn: "2024-03-01",
      }),
    ).toMatchObject({ ok: true, endsOn: "2024-04-29" });
  });

  it("never throws on bad dates", () => {
    expect(temporaryApprovalEnds("2023-02-29")).toMatchObject({
      ok: false,
      issue: { rule: "kinship/invalid-date" },
    });
    expect(
      temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", endsOn: "2024-06-31" }),
    ).toMatchObject({ ok: false, issue: { rule: "kinship/invalid-date" } });
    expect(
      temporaryApprovalEnds("2024-01-08", { reason: "independent-review-pending", outcomeKnownOn: "soon" }),
    ).toMatchObject({ ok: false });
  });

  it("describes lengths in weeks and days", () => {
    expect(describeDays(57)).toBe("8 weeks and 1 day");
    expect(describeDays(63)).toBe("9 weeks");
    expect(describeDays(3)).toBe("3 days");
    expect(describeDays(15)).toBe("2 weeks and 1 day");
  });
});

describe("temporaryApprovalEnds (properties)", () => {
  const day = fc.integer({ min: toEpochDay("1990-01-01"), max: toEpochDay("2060-12-31") }).map(fromEpochDay);

  it("16 weeks plus a lawful extension of 1 to 8 weeks lands that many days later, on the same weekday", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 8 }), (approvedOn, weeks) => {
        const r = temporaryApprovalEnds(approvedOn, { reason: "full-assessment-incomplete", weeks });
        return r.ok && r.status === "fixed" && daysBetween(approvedOn, r.endsOn) === 112 + weeks * 7;
      }),
    );
  });

  it("any extension longer than 8 weeks is an error with no date, however given", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 57, max: 400 }), (approvedOn, days) => {
        const byDate = temporaryApprovalEnds(approvedOn, {
          reason: "full-assessment-incomplete",
          endsOn: addDays(approvedOn, 112 + days),
        });
        const byWeeks = temporaryApprovalEnds(approvedOn, {
          reason: "full-assessment-incomplete",
          weeks: Math.ceil(days / 7) + (days % 7 === 0 ? 1 : 0),
        });
        return (
          !byDate.ok &&
          !("endsOn" in byDate) &&
          byDate.issue.rule === "kinship/temporary-approval-extension-too-long" &&
          !byWeeks.ok
        );
      }),
    );
  });
});
