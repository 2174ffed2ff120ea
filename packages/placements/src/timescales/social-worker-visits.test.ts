import { describe, expect, it } from "vitest";
import {
  socialWorkerVisitDeadlines,
  socialWorkerVisitsInTime,
  type VisitScheduleInput,
} from "./social-worker-visits";

const rows = (input: VisitScheduleInput, asOf?: string) =>
  socialWorkerVisitDeadlines(input, asOf).map((d) => [
    d.dueBy,
    d.metOn,
    d.status,
    d.source.replace(REG_28, ""),
  ]);
const REG_28 = "Care Planning, Placement and Case Review (England) Regulations 2010 reg 28";

// Hand-worked against CPPCR 2010 reg 28 (as made).
describe("social worker visits (CPPCR 2010 reg 28)", () => {
  const standard: VisitScheduleInput = {
    placementStart: "2024-01-10",
    regime: "standard",
    intendedToLastUntil18: true,
    visits: [
      "2024-01-15",
      "2024-02-26",
      "2024-04-10",
      "2024-05-20",
      "2024-06-30",
      "2024-08-10",
      "2024-09-20",
      "2024-10-31",
      "2024-12-10",
      "2025-01-20",
      "2025-04-22",
    ],
  };

  it("wants a visit within a week, six-weekly in the first year, then three-monthly for a placement to 18", () => {
    expect(rows(standard, "2025-07-01")).toEqual([
      ["2024-01-17", "2024-01-15", "met", "(2)(a)"], // one week after 10 January
      ["2024-02-26", "2024-02-26", "met", "(2)(b)"], // 42 days after 15 January, on the day
      ["2024-04-08", "2024-04-10", "met-late", "(2)(b)"], // 42 days after 26 February (leap year)
      ["2024-05-22", "2024-05-20", "met", "(2)(b)"],
      ["2024-07-01", "2024-06-30", "met", "(2)(b)"],
      ["2024-08-11", "2024-08-10", "met", "(2)(b)"],
      ["2024-09-21", "2024-09-20", "met", "(2)(b)"],
      ["2024-11-01", "2024-10-31", "met", "(2)(b)"],
      ["2024-12-12", "2024-12-10", "met", "(2)(b)"],
      // 10 December is still in the first year, so six weeks more, into the second year.
      ["2025-01-21", "2025-01-20", "met", "(2)(b)"],
      // 20 January 2025 is after the first anniversary (10 January): three months from then.
      ["2025-04-20", "2025-04-22", "met-late", "(2)(c)(i)"],
      ["2025-07-22", undefined, "due", "(2)(c)(i)"],
    ]);
    const issues = socialWorkerVisitsInTime.check(standard, { asOf: "2025-07-01" });
    expect(issues.map((i) => i.message)).toEqual([
      "Social worker visit (due within 6 weeks of the last): held late by 2 days (Care Planning, Placement and Case Review (England) Regulations 2010 reg 28(2)(b)).",
      "Social worker visit (due within three months of the last): held late by 2 days (Care Planning, Placement and Case Review (England) Regulations 2010 reg 28(2)(c)(i)).",
    ]);
  });

  it("keeps six weeks after the first year when the placement is not meant to last until 18, and says unknown when not recorded", () => {
    const notTo18 = { ...standard, intendedToLastUntil18: false, visits: standard.visits.slice(0, 10) };
    expect(rows(notTo18, "2025-03-10").at(-1)).toEqual(["2025-03-03", undefined, "overdue", "(2)(c)(ii)"]);
    const unrecorded = {
      ...standard,
      intendedToLastUntil18: undefined,
      visits: standard.visits.slice(0, 10),
    };
    expect(rows(unrecorded, "2025-07-01").at(-1)).toEqual([null, undefined, "unknown", "(2)(c)"]);
    const longTerm = { ...standard, longTermFosterPlacement: true, visits: standard.visits.slice(0, 10) };
    expect(rows(longTerm, "2025-07-01").at(-1)?.[2]).toBe("unknown");
  });

  it("visits a connected person's placement weekly until the first review, then four-weekly (reg 28(4))", () => {
    const kin: VisitScheduleInput = {
      placementStart: "2024-05-06",
      regime: "connected-person-temporary-approval",
      firstReviewOn: "2024-05-31",
      visits: ["2024-05-10", "2024-05-17", "2024-05-27", "2024-06-03"],
    };
    expect(rows(kin, "2024-07-05")).toEqual([
      ["2024-05-13", "2024-05-10", "met", "(2)(a)"],
      ["2024-05-17", "2024-05-17", "met", "(4)(a)"],
      ["2024-05-24", "2024-05-27", "met-late", "(4)(a)"],
      ["2024-06-03", "2024-06-03", "met", "(4)(a)"], // 27 May is before the review: still weekly
      ["2024-07-01", undefined, "overdue", "(4)(b)"], // 3 June is after it: four weeks
    ]);
  });

  it("runs from the care order when a child lives with a parent under one (reg 28(5)), and stops when the placement ends", () => {
    const home: VisitScheduleInput = {
      placementStart: "2024-02-01",
      placementEnd: "2024-04-10",
      regime: "care-order-with-parent",
      careOrderMadeOn: "2024-03-01",
      visits: ["2024-03-06"],
    };
    expect(rows(home, "2024-06-01")).toEqual([["2024-03-08", "2024-03-06", "met", "(5)(a)"]]);
    const { careOrderMadeOn: _c, ...noOrderDate } = home;
    expect(rows(noOrderDate)).toEqual([[null, undefined, "unknown", "(5)(a)"]]);
  });

  it("weekly then six-weekly for a child placed with a parent before assessment (reg 28(3))", () => {
    const beforeAssessment: VisitScheduleInput = {
      placementStart: "2024-09-02",
      regime: "placed-with-parent-before-assessment",
      firstReviewOn: "2024-09-20",
      visits: ["2024-09-05", "2024-09-12", "2024-09-19", "2024-09-26"],
    };
    expect(rows(beforeAssessment, "2024-10-01").at(-1)).toEqual(["2024-11-07", undefined, "due", "(3)(b)"]);
  });

  it("has nothing due when the placement ended within a week, and ignores visits outside it", () => {
    expect(
      rows({ placementStart: "2024-01-01", placementEnd: "2024-01-05", regime: "standard", visits: [] }),
    ).toEqual([]);
    expect(
      rows({
        placementStart: "2024-01-01",
        placementEnd: "2024-01-20",
        regime: "standard",
        visits: ["2023-12-30", "2024-01-21"],
      }),
    ).toEqual([["2024-01-08", undefined, "overdue", "(2)(a)"]]);
  });
});
