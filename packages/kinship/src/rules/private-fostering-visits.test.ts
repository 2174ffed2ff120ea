import { describe, expect, it } from "vitest";
import type { PrivateFosteringArrangement } from "../arrangement/kinship-arrangement";
import { privateFostering } from "../fixtures";
import { privateFosteringChangesNotified } from "./private-fostering-notifications";
import {
  privateFosteringVisitDeadlines,
  privateFosteringVisitingYearBegins,
  privateFosteringVisitsInTime,
} from "./private-fostering-visits";

const pf = (changes: Partial<PrivateFosteringArrangement>): PrivateFosteringArrangement => ({
  ...privateFostering,
  ...changes,
});
const summary = (a: PrivateFosteringArrangement, asOf?: string) =>
  privateFosteringVisitDeadlines(a, asOf).map((d) => [d.dueBy, d.metOn ?? null, d.status]);

describe("private fostering visits (SI 2005/1533 regs 4, 7 and 8)", () => {
  it("sets the initial visit seven working days after a proposal is notified (reg 4), then six-weekly from the start", () => {
    // Notified Mon 29 Jan 2024: Tue 30 (1), Wed 31 (2), Thu 1 Feb (3), Fri 2 (4), Mon 5 (5), Tue 6 (6),
    // Wed 7 Feb (7). The arrangement begins 11 Mar, so reg 8's six weeks run from then: 11 Mar + 42 days
    // = 22 Apr; 22 Apr + 42 = 3 Jun.
    const noLastVisit = pf({ visits: ["2024-02-06", "2024-04-22"] });
    expect(summary(noLastVisit, "2024-06-10")).toEqual([
      ["2024-02-07", "2024-02-06", "met"],
      ["2024-04-22", "2024-04-22", "met"],
      ["2024-06-03", null, "overdue"],
    ]);
    expect(privateFosteringVisitDeadlines(noLastVisit)[0]?.source).toBe(
      "Children (Private Arrangements for Fostering) Regulations 2005 reg 4(1)",
    );
    expect(privateFosteringVisitsInTime.check(noLastVisit, { asOf: "2024-06-10" })).toEqual([
      {
        rule: "kinship/private-fostering-visits",
        severity: "error",
        message:
          "Visit by the council (due within six weeks in the first year): overdue by 7 days (Children (Private Arrangements for Fostering) Regulations 2005 reg 8(1)(a)).",
        path: ["visits"],
      },
    ]);
    // The fixture's third visit (31 May) meets the 3 June deadline.
    expect(privateFosteringVisitsInTime.check(privateFostering, { asOf: "2024-06-10" })).toEqual([]);
  });

  it("skips Easter when the council hears of an arrangement already begun (reg 7), and only queries a late visit", () => {
    // Notified Thu 28 Mar 2024; Good Friday 29 Mar and Easter Monday 1 Apr are not working days:
    // Tue 2 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4), Mon 8 (5), Tue 9 (6), Wed 10 Apr (7).
    const late = pf({ startedOn: "2024-02-01", notifiedOn: "2024-03-28", visits: ["2024-04-11"] });
    // The year of visiting begins when the council became aware (reg 8(6)): 28 Mar; next due 11 Apr + 42.
    expect(privateFosteringVisitingYearBegins(late)).toBe("2024-03-28");
    expect(summary(late, "2024-05-01")).toEqual([
      ["2024-04-10", "2024-04-11", "met-late"],
      ["2024-05-23", null, "due"],
    ]);
    const issues = privateFosteringVisitsInTime.check(late, { asOf: "2024-05-01" });
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      [
        "query",
        "Initial visit by the council (due within seven working days of notification): held late by 1 day (Children (Private Arrangements for Fostering) Regulations 2005 reg 7 (time limit as in reg 4(1); reg 7 not verified)).",
      ],
    ]);
  });

  it("moves to 12-weekly visits in the second year, counted from when the council became aware", () => {
    // Aware and notified Mon 2 Jan 2023 (the New Year substitute holiday; counting starts the day after):
    // Tue 3 ... Wed 11 Jan is the seventh working day. Visits every 42 days from 9 Jan 2023 reach 11 Dec
    // 2023; the next is due 22 Jan 2024 (still six weeks: the visit before fell in the first year), and the
    // one after it 22 Jan + 84 days = 15 Apr 2024 (a leap year: 9 + 29 + 31 + 15).
    const chain = [
      "2023-01-09",
      "2023-02-20",
      "2023-04-03",
      "2023-05-15",
      "2023-06-26",
      "2023-08-07",
      "2023-09-18",
      "2023-10-30",
      "2023-12-11",
      "2024-01-22",
      "2024-04-16",
    ];
    const a = pf({ startedOn: "2022-12-01", notifiedOn: "2023-01-02", visits: chain });
    const deadlines = privateFosteringVisitDeadlines(a, "2024-05-01");
    expect(deadlines[0]?.dueBy).toBe("2023-01-11");
    expect(deadlines.slice(1, 10).map((d) => [d.dueBy, d.status])).toEqual(
      chain.slice(1, 10).map((v) => [v, "met"]),
    );
    expect(deadlines[10]).toMatchObject({ dueBy: "2024-04-15", metOn: "2024-04-16", status: "met-late" });
    expect(deadlines[10]?.label).toBe("Visit by the council (due within 12 weeks after the first year)");
    expect(deadlines[10]?.source).toMatch(/reg 8\(1\)\(b\)$/);
    // An earlier awareness date (before notification) starts the second year earlier.
    expect(privateFosteringVisitingYearBegins(pf({ ...a, localAuthorityAwareOn: "2022-12-20" }))).toBe(
      "2022-12-20",
    );
  });

  it("answers unknown beyond the known bank holidays and judges nothing", () => {
    const future = pf({ startedOn: "2029-01-01", notifiedOn: "2029-01-08", visits: [] });
    expect(summary(future, "2029-03-01")).toEqual([[null, null, "unknown"]]);
    expect(privateFosteringVisitsInTime.check(future, { asOf: "2029-03-01" })).toEqual([]);
  });

  it("counts lastVisitOn, stops at the end of the arrangement, and needs a notification", () => {
    expect(summary(pf({ visits: undefined, lastVisitOn: "2024-02-06" }))[0]).toEqual([
      "2024-02-07",
      "2024-02-06",
      "met",
    ]);
    // Ended 1 Apr 2024, before the six weeks from 11 Mar ran out: nothing more fell due.
    const ended = pf({ visits: ["2024-02-06"], endedOn: "2024-04-01", endNotifiedOn: "2024-04-02" });
    expect(summary(ended, "2024-12-01")).toEqual([["2024-02-07", "2024-02-06", "met"]]);
    const { notifiedOn: _n, ...unnotified } = privateFostering;
    expect(privateFosteringVisitDeadlines(unnotified, "2024-12-01")).toEqual([]);
  });
});

describe("private fostering notifications of change and end (SI 2005/1533 regs 9-10)", () => {
  it("queries a change or an ending with no notification recorded, and tests no time limit", () => {
    const a = pf({
      changesOfCircumstance: [
        { changedOn: "2024-04-01", notifiedOn: "2024-04-20" },
        { changedOn: "2024-05-01" },
      ],
      endedOn: "2024-06-01",
    });
    expect(privateFosteringChangesNotified.check(a).map((i) => [i.severity, i.path])).toEqual([
      ["query", ["changesOfCircumstance", 1, "notifiedOn"]],
      ["query", ["endNotifiedOn"]],
    ]);
    expect(privateFosteringChangesNotified.check({ ...a, endNotifiedOn: "2024-06-30" }).length).toBe(1);
    expect(privateFosteringChangesNotified.check(privateFostering)).toEqual([]);
  });
});
