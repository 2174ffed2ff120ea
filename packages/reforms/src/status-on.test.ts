import { addDays, addMonths } from "@childrens-social-care/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TWO_MONTHS_AFTER_ASSENT } from "./catalogue/helpers";
import { provisionById } from "./catalogue/provisions";
import type { Provision } from "./model/provision";
import type { ProvisionStatus } from "./model/provision-status";
import { statusEventOn, statusOn } from "./status-on";

function mustGet(id: string): Provision {
  const p = provisionById(id);
  if (!p) throw new Error(`No provision ${id}`);
  return p;
}

describe("statusOn, against hand-worked histories", () => {
  it("kinship local offer: proposed 15 Dec 2023, in the Bill 17 Dec 2024, enacted 29 Apr 2026, in force 29 Jun 2026", () => {
    const p = mustGet("kinship-local-offer");
    const cases: [string, ProvisionStatus | undefined][] = [
      ["2023-12-14", undefined],
      ["2023-12-15", "proposed"],
      ["2024-12-16", "proposed"],
      ["2024-12-17", "in-bill"],
      ["2026-04-28", "in-bill"],
      ["2026-04-29", "enacted"],
      ["2026-06-28", "enacted"], // the last day of the two-month period
      ["2026-06-29", "in-force"], // s78(2)(a)
      ["2026-07-01", "in-force"],
    ];
    for (const [date, status] of cases) expect(statusOn(p, date), date).toBe(status);
  });

  it("s78(2): the period of two months beginning with 29 April 2026 ends on 28 June, so commencement is 29 June", () => {
    // Beginning with the day of Royal Assent: 29 Apr + 2 months = 29 Jun is the first day after the period.
    expect(addMonths("2026-04-29", 2)).toBe("2026-06-29");
    expect(TWO_MONTHS_AFTER_ASSENT).toBe("2026-06-29");
    expect(addDays(TWO_MONTHS_AFTER_ASSENT, -1)).toBe("2026-06-28");
  });

  it("profit cap: enacted and in force on the same day (a pure power, s78(1)(a)); same-day events apply in order", () => {
    const p = mustGet("provider-profit-cap");
    expect(statusOn(p, "2026-04-28")).toBe("in-bill");
    expect(statusOn(p, "2026-04-29")).toBe("in-force");
    expect(statusEventOn(p, "2026-04-29")?.pinpoint).toBe(
      "https://www.legislation.gov.uk/ukpga/2026/21/section/78/enacted",
    );
  });

  it("consistent child identifier: only its power to specify the identifier is in force", () => {
    const p = mustGet("consistent-child-identifier");
    expect(statusOn(p, "2022-05-22")).toBeUndefined();
    expect(statusOn(p, "2022-05-23")).toBe("proposed");
    expect(statusOn(p, "2026-04-29")).toBe("partly-in-force");
  });

  it("family group decision-making: consulted on 2 Feb 2023 and still awaiting commencement on 30 Jun 2026", () => {
    const p = mustGet("family-group-decision-making");
    expect(statusOn(p, "2023-02-01")).toBe("proposed");
    expect(statusOn(p, "2023-02-02")).toBe("consulted-on");
    expect(statusOn(p, "2026-06-30")).toBe("enacted");
  });

  it("corporate parenting: added to the Bill at Commons report on 17 Mar 2025, not at introduction", () => {
    const p = mustGet("corporate-parenting-wider-bodies");
    expect(statusOn(p, "2024-12-17")).toBe("proposed");
    expect(statusOn(p, "2025-03-16")).toBe("proposed");
    expect(statusOn(p, "2025-03-17")).toBe("in-bill");
  });

  it("handles a leap day and rejects impossible dates", () => {
    const p = {
      history: [
        { status: "proposed", date: "2024-02-28", datePrecision: "day", sourceIds: ["x"] },
        { status: "in-force", date: "2024-02-29", datePrecision: "day", sourceIds: ["x"] },
      ],
    } satisfies Pick<Provision, "history">;
    expect(statusOn(p, "2024-02-28")).toBe("proposed");
    expect(statusOn(p, "2024-02-29")).toBe("in-force");
    expect(statusOn(p, "2024-03-01")).toBe("in-force");
    expect(statusOn(p, "2023-02-29")).toBeUndefined();
    expect(statusOn(p, "29/02/2024")).toBeUndefined();
  });
});

describe("statusOn, as a property", () => {
  const STATUSES: ProvisionStatus[] = [
    "proposed",
    "consulted-on",
    "in-bill",
    "enacted",
    "partly-in-force",
    "in-force",
  ];
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2020-01-01", n));

  it("equals the status of the last event on or before the date, whatever the history", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.constantFrom(...STATUSES)), { minLength: 1, maxLength: 8 }),
        day,
        (events, date) => {
          const history = events
            .map(([d, status]) => ({ status, date: d, datePrecision: "day" as const, sourceIds: ["x"] }))
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
          const expected = history.filter((e) => e.date <= date).at(-1)?.status;
          expect(statusOn({ history }, date)).toBe(expected);
        },
      ),
    );
  });
});
