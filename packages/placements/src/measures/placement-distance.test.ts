import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placementDistanceMiles, UNKNOWN_PLACEMENT_DISTANCE } from "./placement-distance";

describe("placementDistanceMiles: sqrt(dE² + dN²) / 1000 / 1.6093, 1 dp", () => {
  it("works hand-worked cases", () => {
    // 3 km east, 4 km north: 5 km / 1.6093 = 3.1069... -> 3.1
    expect(
      placementDistanceMiles({ easting: 530000, northing: 180000 }, { easting: 533000, northing: 184000 }),
    ).toBe(3.1);
    // 100 km: 62.1388... -> 62.1
    expect(
      placementDistanceMiles({ easting: 400000, northing: 300000 }, { easting: 300000, northing: 300000 }),
    ).toBe(62.1);
    // exactly one mile as the DfE defines it (1609.3 m)
    expect(placementDistanceMiles({ easting: 0, northing: 0 }, { easting: 0, northing: 1609.3 })).toBe(1);
    // 12 km east, 5 km south: 13 km / 1.6093 = 8.0780... -> 8.1
    expect(
      placementDistanceMiles({ easting: 450000, northing: 200000 }, { easting: 462000, northing: 195000 }),
    ).toBe(8.1);
    expect(placementDistanceMiles({ easting: 1, northing: 1 }, { easting: 1, northing: 1 })).toBe(0);
  });

  it("reports 999.9 when either place is unknown", () => {
    expect(placementDistanceMiles(undefined, { easting: 1, northing: 1 })).toBe(UNKNOWN_PLACEMENT_DISTANCE);
    expect(placementDistanceMiles({ easting: 1, northing: 1 }, undefined)).toBe(999.9);
  });

  it("is symmetric, non-negative and rounded to one decimal place", () => {
    const point = fc.record({
      easting: fc.integer({ min: 0, max: 700000 }),
      northing: fc.integer({ min: 0, max: 1300000 }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = placementDistanceMiles(a, b);
        expect(d).toBe(placementDistanceMiles(b, a));
        expect(d).toBeGreaterThanOrEqual(0);
        expect(Math.round(d * 10) / 10).toBe(d);
      }),
    );
  });
});
