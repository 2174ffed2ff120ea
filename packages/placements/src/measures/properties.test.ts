import { addDays, collectionYearStart, daysBetween } from "@childrens-social-care/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CareEpisode } from "../model/care-episode";
import { placementsOf } from "../model/placement";
import { BASE_EPISODE } from "../testing/episodes";
import { daysLookedAfterInYear } from "./days-looked-after";
import { placementsInLast12Months } from "./placement-count";

// A child's episodes as the return holds them: each starts on or after the previous end (X1 the same
// day, or after a gap), with random reasons for the new episode; the last may be open.
const childEpisodes = fc
  .array(
    fc.record({
      gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 })),
      length: fc.integer({ min: 0, max: 500 }),
      rne: fc.constantFrom("S", "P", "L", "T", "U", "B"),
      place: fc.constantFrom("U1", "U4", "U6", "K2", "A4", "T1"),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .chain((rows) =>
    fc
      .tuple(fc.constant(rows), fc.boolean(), fc.integer({ min: 0, max: 3000 }))
      .map(([rs, openLast, offset]) => {
        let cursor = addDays("2018-04-01", offset);
        return rs.map((r, i): CareEpisode => {
          const startDate = addDays(cursor, i === 0 ? 0 : r.gap);
          const open = openLast && i === rs.length - 1;
          const endDate = addDays(startDate, r.length);
          cursor = endDate;
          const rne = i === 0 || r.gap > 0 ? "S" : r.rne;
          return {
            ...BASE_EPISODE,
            startDate,
            reasonNewEpisode: rne,
            placementType: r.place,
            ...(open ? {} : { endDate, reasonEnded: r.gap > 0 || i === rs.length - 1 ? "E8" : "X1" }),
          } as CareEpisode;
        });
      }),
  );

describe("measures: properties over generated episode histories", () => {
  it("placements partition the episodes, in order and without overlap", () => {
    fc.assert(
      fc.property(childEpisodes, (eps) => {
        const placements = placementsOf(eps);
        expect(placements.reduce((n, p) => n + p.episodeCount, 0)).toBe(eps.length);
        for (let i = 1; i < placements.length; i++) {
          const prev = placements[i - 1];
          expect(prev?.endDate).toBeDefined();
          expect((placements[i]?.startDate ?? "") >= (prev?.endDate ?? "")).toBe(true);
        }
      }),
    );
  });

  it("days looked after in a year are between 0 and the year's length, and add up over years", () => {
    fc.assert(
      fc.property(childEpisodes, (eps) => {
        let total = 0;
        for (let y = 2018; y <= 2030; y++) {
          const year = `${y}-${String((y + 1) % 100).padStart(2, "0")}`;
          const days = daysLookedAfterInYear(eps, year);
          const length = daysBetween(collectionYearStart(year), `${y + 1}-04-01`);
          expect(days).toBeGreaterThanOrEqual(0);
          expect(days).toBeLessThanOrEqual(length);
          total += days;
        }
        // Closed histories ending by 2031: every day of every episode counted exactly once.
        const last = eps.at(-1);
        if (last?.endDate && last.endDate <= "2031-04-01") {
          const expected = eps.reduce((n, e) => n + daysBetween(e.startDate, e.endDate ?? e.startDate), 0);
          expect(total).toBe(expected);
        }
      }),
    );
  });

  it("the 12-month placement count never exceeds the placements and is 0 for a child never in care then", () => {
    fc.assert(
      fc.property(childEpisodes, fc.integer({ min: 0, max: 5000 }), (eps, offset) => {
        const asAt = addDays("2018-01-01", offset);
        const n = placementsInLast12Months(eps, asAt, { includeTemporary: true });
        expect(n).toBeLessThanOrEqual(placementsOf(eps).length);
        if (eps.every((e) => e.startDate > asAt)) expect(n).toBe(0);
      }),
    );
  });

  it("every generated history is a valid set of CareEpisodes", () => {
    fc.assert(
      fc.property(childEpisodes, (eps) => {
        for (const e of eps) expect(CareEpisode.safeParse(e).success).toBe(true);
      }),
    );
  });
});

describe("identifiers: properties", () => {
  it("ChildId accepts exactly 1 to 10 characters", async () => {
    const { ChildId } = await import("../model/child-id");
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        expect(ChildId.safeParse(s).success).toBe(s.length >= 1 && s.length <= 10);
      }),
    );
  });

  it("PlacementUrn accepts SC + 6 digits and 6-7 digits, and nothing else made of digits", async () => {
    const { PlacementUrn } = await import("../model/placement-urn");
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,9}$/), (digits) => {
        expect(PlacementUrn.safeParse(digits).success).toBe(digits.length === 6 || digits.length === 7);
        expect(PlacementUrn.safeParse(`SC${digits}`).success).toBe(digits.length === 6);
      }),
    );
  });
});
