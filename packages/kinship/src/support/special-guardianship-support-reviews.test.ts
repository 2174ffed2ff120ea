import { describe, expect, it } from "vitest";
import { supportPlan } from "../fixtures";
import {
  specialGuardianshipSupportReviewDeadlines as deadlines,
  specialGuardianshipSupportReviewedAnnually as rule,
} from "./special-guardianship-support-reviews";
import type { SupportPlan } from "./support-plan";

const plan = (changes: Partial<SupportPlan>): SupportPlan => ({ ...supportPlan, ...changes });

describe("special guardianship support plan reviews (Special Guardianship Regulations 2005 reg 17)", () => {
  it("sets the first review a year after the plan was agreed, and each later one a year after the last", () => {
    // Agreed 29 Feb 2024: a year later is 28 Feb 2025 (no 29th); reviewed that day; next due 28 Feb 2026.
    const p = plan({ agreedOn: "2024-02-29", reviewsHeldOn: ["2025-02-28"] });
    expect(deadlines(p, "2026-03-10").map((d) => [d.dueBy, d.metOn ?? null, d.status])).toEqual([
      ["2025-02-28", "2025-02-28", "met"],
      ["2026-02-28", null, "overdue"],
    ]);
    expect(rule.check(p, { asOf: "2026-03-10" })).toEqual([
      {
        rule: "kinship/sg-support-review",
        severity: "error",
        message:
          "Review of the special guardianship support services (at least annually): overdue by 10 days (Special Guardianship Regulations 2005 reg 17(2)(c)).",
        path: ["reviewsHeldOn"],
      },
    ]);
  });

  it("queries rather than errs when the plan records no reviews at all", () => {
    // The fixture was agreed 20 Jun 2024: first review due 20 Jun 2025.
    expect(rule.check(supportPlan, { asOf: "2025-06-21" }).map((i) => [i.severity, i.message])).toEqual([
      [
        "query",
        "Review of the special guardianship support services (at least annually): overdue by 1 day (Special Guardianship Regulations 2005 reg 17(2)(c)).",
      ],
    ]);
    expect(rule.check(supportPlan, { asOf: "2025-06-20" })).toEqual([]);
  });

  it("counts from the first service when no agreement date is recorded, and is unknown with neither", () => {
    const { agreedOn: _a, ...unagreed } = supportPlan;
    const [service] = supportPlan.services;
    if (!service) throw new Error("fixture has a service");
    expect(
      deadlines({ ...unagreed, services: [{ ...service, startsOn: "2024-09-02" }] }).map((d) => d.dueBy),
    ).toEqual(["2025-09-02"]);
    expect(deadlines(unagreed).map((d) => d.status)).toEqual(["unknown"]);
  });

  it("has none for other plans, plans not in force and financial support alone (reg 18)", () => {
    expect(deadlines(plan({ type: "kinship-support-plan" }))).toEqual([]);
    expect(deadlines(plan({ status: "draft" }))).toEqual([]);
    expect(deadlines(plan({ status: "ended" }))).toEqual([]);
    expect(deadlines(plan({ services: [] }))).toEqual([]);
  });
});
