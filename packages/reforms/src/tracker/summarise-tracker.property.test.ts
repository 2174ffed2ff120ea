import { addDays, daysBetween } from "@childrens-social-care/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImplementationTracker } from "./implementation-tracker";
import { summariseTracker } from "./summarise-tracker";

const day = fc.integer({ min: 0, max: 2500 }).map((n) => addDays("2024-01-01", n));
const status = fc.constantFrom("not-started", "in-progress", "done", "blocked", "cancelled" as const);

describe("summariseTracker, as properties", () => {
  it("an action is overdue exactly when it is due before today and not done or cancelled", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, status), { maxLength: 12 }),
        day,
        fc.integer({ min: 0, max: 24 }),
        (rows, today, months) => {
          const tracker = ImplementationTracker.parse({
            council: "Property Council",
            updatedOn: "2024-01-01",
            entries: [
              {
                provisionId: "family-help",
                rag: "amber",
                owner: "Lead",
                actions: rows.map(([dueDate, s], i) => ({
                  id: `a${i}`,
                  description: "Action",
                  dueDate,
                  status: s,
                  ...(s === "done" ? { completedOn: dueDate } : {}),
                })),
              },
            ],
          });
          const summary = summariseTracker(tracker, today, { months });
          const expected = rows
            .map(([dueDate, s], i) => ({ id: `a${i}`, dueDate, s }))
            .filter((a) => a.dueDate < today && a.s !== "done" && a.s !== "cancelled");
          expect(summary.overdue.map((a) => a.actionId).sort()).toEqual(expected.map((a) => a.id).sort());
          for (const a of summary.overdue) expect(a.daysOverdue).toBe(daysBetween(a.dueDate, today));
          for (const c of summary.commencing) {
            expect(c.date > today && c.date <= summary.horizon).toBe(true);
          }
        },
      ),
    );
  });
});
