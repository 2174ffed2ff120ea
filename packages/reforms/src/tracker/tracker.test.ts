import { describe, expect, it } from "vitest";
import { checkTracker } from "./check-tracker";
import { exampleTracker } from "./fixtures";
import { ImplementationTracker } from "./implementation-tracker";
import { summariseTracker } from "./summarise-tracker";
import { TrackerAction } from "./tracker-action";

const tracker = ImplementationTracker.parse(exampleTracker);

describe("ImplementationTracker schema", () => {
  it("accepts the example and applies defaults", () => {
    expect(tracker.entries[2]?.evidence).toEqual([]);
  });

  it("requires a completion date for done actions, and only for them", () => {
    const base = { id: "a", description: "Do it", dueDate: "2026-01-01" };
    expect(TrackerAction.safeParse({ ...base, status: "done" }).success).toBe(false);
    expect(TrackerAction.safeParse({ ...base, status: "done", completedOn: "2026-01-02" }).success).toBe(
      true,
    );
    expect(
      TrackerAction.safeParse({ ...base, status: "in-progress", completedOn: "2026-01-02" }).success,
    ).toBe(false);
  });

  it("rejects a provision tracked twice, and repeated action ids", () => {
    const twice = { ...exampleTracker, entries: [exampleTracker.entries[0], exampleTracker.entries[0]] };
    const result = ImplementationTracker.safeParse(twice);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["entries.1.provisionId"]);
    const entry = exampleTracker.entries[0];
    if (!entry?.actions?.[0]) throw new Error("fixture changed");
    const repeated = {
      ...exampleTracker,
      entries: [{ ...entry, actions: [entry.actions[0], entry.actions[0]] }],
    };
    expect(ImplementationTracker.safeParse(repeated).success).toBe(false);
  });
});

describe("summariseTracker (hand-worked, today = 15 May 2026)", () => {
  const summary = summariseTracker(tracker, "2026-05-15", { months: 2 });

  it("looks ahead N months to the same day of the month", () => {
    expect(summary.horizon).toBe("2026-07-15");
  });

  it("lists overdue actions: due before today, not done or cancelled, oldest first", () => {
    // "coordinators" was due 30 Apr (15 days before 15 May); "draft-offer" was due yesterday.
    // "consult-families" is due today: not yet overdue. "letter-template" is done.
    expect(summary.overdue.map((a) => [a.actionId, a.daysOverdue])).toEqual([
      ["coordinators", 15],
      ["draft-offer", 1],
    ]);
  });

  it("lists what commences in the window: the kinship local offer on 29 June 2026", () => {
    expect(summary.commencing).toEqual([
      {
        provisionId: "kinship-local-offer",
        title: "Kinship local offer",
        date: "2026-06-29",
        kind: "in-force",
        tracked: true,
      },
    ]);
  });

  it("excludes a commencement on today and includes one on the last day of the window", () => {
    expect(summariseTracker(tracker, "2026-06-29", { months: 1 }).commencing).toEqual([]);
    const lastDay = summariseTracker(tracker, "2026-04-29", { months: 2 });
    expect(lastDay.horizon).toBe("2026-06-29");
    expect(lastDay.commencing.map((c) => c.provisionId)).toContain("kinship-local-offer");
  });

  it("clamps the horizon to the end of a shorter month, including February in a leap year", () => {
    expect(summariseTracker(tracker, "2026-08-31", { months: 6 }).horizon).toBe("2027-02-28");
    expect(summariseTracker(tracker, "2027-08-31", { months: 6 }).horizon).toBe("2028-02-29");
  });

  it("counts entries by RAG and names council duties not yet tracked", () => {
    expect(summary.byRag).toEqual({ red: 1, amber: 1, green: 1, complete: 0, "not-rated": 0 });
    expect(summary.untrackedDuties).toContain("staying-close-support");
    expect(summary.untrackedDuties).not.toContain("kinship-local-offer");
    expect(summary.unknownProvisionIds).toEqual([]);
  });

  it("is pure: the same inputs give the same answer", () => {
    expect(summariseTracker(tracker, "2026-05-15", { months: 2 })).toEqual(summary);
  });

  it("rejects a malformed today", () => {
    expect(() => summariseTracker(tracker, "15/05/2026")).toThrow(RangeError);
  });
});

describe("checkTracker", () => {
  it("flags green with overdue actions, red with no actions, unknown provisions, future updates", () => {
    const withUnknown = ImplementationTracker.parse({
      ...exampleTracker,
      updatedOn: "2026-05-16",
      entries: [
        ...exampleTracker.entries,
        { provisionId: "no-such-reform", rag: "not-rated", owner: "Someone" },
      ],
    });
    const issues = checkTracker(withUnknown, "2026-05-15");
    expect(issues.map((i) => [i.rule, i.severity, i.path.join(".")])).toEqual([
      ["reforms/tracker-updated-in-future", "error", "updatedOn"],
      ["reforms/tracker-rated-green-with-overdue-actions", "warning", "entries.1.rag"],
      ["reforms/tracker-no-actions-not-green", "query", "entries.2.actions"],
      ["reforms/tracker-unknown-provision", "error", "entries.3.provisionId"],
    ]);
  });

  it("never prints an owner's name in a message", () => {
    const issues = checkTracker(tracker, "2026-05-15");
    for (const issue of issues) {
      for (const entry of tracker.entries) expect(issue.message).not.toContain(entry.owner);
    }
  });

  it("finds nothing wrong in a tidy tracker", () => {
    const tidy = ImplementationTracker.parse({
      council: "Tidy Council",
      updatedOn: "2026-05-01",
      entries: [{ provisionId: "national-framework", rag: "complete", owner: "Principal Social Worker" }],
    });
    expect(checkTracker(tidy, "2026-05-15")).toEqual([]);
  });
});
