import { describe, expect, it } from "vitest";
import { episodes } from "../testing/episodes";
import {
  lookedAfterReviewDeadlines,
  lookedAfterReviewsInTime,
  reviewDeadlines,
} from "./looked-after-reviews";

// Hand-worked against CPPCR 2010 reg 33 and the England and Wales bank holidays.
describe("looked-after review timescales (CPPCR 2010 reg 33)", () => {
  const child = episodes([["2024-03-22", undefined, "S", "U4"]]); // looked after from Friday 22 March 2024

  it("counts the first review in working days over Easter, then three and six months from each review", () => {
    // 20 working days from 22 March 2024, skipping Good Friday 29 March and Easter Monday 1 April: 23 April.
    const d = lookedAfterReviewDeadlines(child, ["2024-04-23", "2024-07-20", "2025-01-27"], "2025-08-01");
    expect(d.map((x) => [x.id, x.dueBy, x.metOn, x.status])).toEqual([
      ["placements/review-first", "2024-04-23", "2024-04-23", "met"],
      ["placements/review-second", "2024-07-23", "2024-07-20", "met"], // three months after 23 April
      ["placements/review-subsequent", "2025-01-20", "2025-01-27", "met-late"], // six months after 20 July
      ["placements/review-subsequent", "2025-07-27", undefined, "overdue"], // six months after 27 January
    ]);
  });

  it("reports late and overdue reviews by days, with no dates in the message", () => {
    const issues = lookedAfterReviewsInTime.check(
      {
        episodes: child,
        reviews: ["2024-04-23", "2024-07-20", "2025-01-27"].map((reviewDate) => ({ reviewDate })),
      },
      { asOf: "2025-08-01" },
    );
    expect(issues.map((i) => i.message)).toEqual([
      "Review (due not more than six months after the previous one): held late by 7 days (Care Planning, Placement and Case Review (England) Regulations 2010 reg 33(2)).",
      "Review (due not more than six months after the previous one): overdue by 5 days (Care Planning, Placement and Case Review (England) Regulations 2010 reg 33(2)).",
    ]);
    expect(issues.every((i) => i.rule === "placements/review-timescales" && i.severity === "error")).toBe(
      true,
    );
  });

  it("shows the next review as due, and clamps three months to the end of a shorter month", () => {
    const d = reviewDeadlines({ startDate: "2024-11-01" }, ["2024-11-29"], "2024-12-10");
    expect(d.map((x) => [x.dueBy, x.status])).toEqual([
      ["2024-11-29", "met"], // 1 November + 20 working days (no bank holidays): Friday 29 November
      ["2025-02-28", "due"], // 29 November + 3 months: there is no 29 February in 2025
    ]);
    expect(reviewDeadlines({ startDate: "2024-11-01" }, ["2024-11-30"]).at(-1)?.dueBy).toBe("2025-02-28");
  });

  it("stops when the child left care before the next review fell due", () => {
    expect(reviewDeadlines({ startDate: "2024-03-22", endDate: "2024-04-01" }, [])).toEqual([]);
    // Left care the day after the first review was due, with no review: missed.
    expect(
      reviewDeadlines({ startDate: "2024-03-22", endDate: "2024-04-24" }, []).map((x) => x.status),
    ).toEqual(["overdue"]);
    // A review after the period ended does not count for it.
    expect(
      reviewDeadlines({ startDate: "2024-03-22", endDate: "2024-05-30" }, ["2024-06-01"])[0]?.status,
    ).toBe("overdue");
  });

  it("gives an unknown first due date past the known bank holidays, then counts from the review held", () => {
    const d = reviewDeadlines({ startDate: "2028-12-20" }, ["2029-01-15"], "2029-05-01");
    expect(d.map((x) => [x.dueBy, x.status])).toEqual([
      [null, "unknown"],
      ["2029-04-15", "overdue"],
    ]);
  });

  it("restarts for each period of care and leaves out short breaks (reg 48)", () => {
    const twice = episodes([
      ["2024-03-22", "2024-06-01", "S", "U4", "E13"],
      ["2025-01-06", undefined, "S", "U4"],
    ]);
    const d = lookedAfterReviewDeadlines(twice, ["2024-04-20", "2025-02-03"], "2025-02-10");
    expect(d.map((x) => [x.id, x.dueBy, x.status])).toEqual([
      ["placements/review-first", "2024-04-23", "met"],
      ["placements/review-first", "2025-02-03", "met"], // 6 January 2025 + 20 working days
      ["placements/review-second", "2025-05-03", "due"],
    ]);
    expect(
      lookedAfterReviewDeadlines(episodes([["2024-03-22", undefined, "S", "U4"]], { legalStatus: "V3" }), []),
    ).toEqual([]);
  });
});
