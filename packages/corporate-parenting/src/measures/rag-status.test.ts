import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Measure } from "./measure";
import { ragStatus } from "./rag-status";

const up = (value: number | undefined, target: number | undefined, amberTolerance?: number) =>
  ragStatus({
    value,
    target,
    direction: "higher-is-better",
    ...(amberTolerance === undefined ? {} : { amberTolerance }),
  } as Measure);
const down = (value: number, target: number, amberTolerance?: number) =>
  ragStatus({
    value,
    target,
    direction: "lower-is-better",
    ...(amberTolerance === undefined ? {} : { amberTolerance }),
  } as Measure);

describe("ragStatus thresholds", () => {
  it("higher is better: green at or above target, amber within 10% of it, red below", () => {
    // Target 40: the amber band is 4, so 36 to 39.99 is amber.
    expect(up(40, 40)).toBe("green");
    expect(up(52, 40)).toBe("green");
    expect(up(39.9, 40)).toBe("amber");
    expect(up(36, 40)).toBe("amber");
    expect(up(35.9, 40)).toBe("red");
    // Permanence within 12 months: 31% against 34% (band 3.4, floor 30.6) is amber; against 35% (floor 31.5) red.
    expect(up(31, 34)).toBe("amber");
    expect(up(31, 35)).toBe("red");
  });

  it("lower is better: green at or below target, amber within 10% above it, red beyond", () => {
    // Target 20 days: band 2, so up to 22 is amber.
    expect(down(18, 20)).toBe("green");
    expect(down(20, 20)).toBe("green");
    expect(down(22, 20)).toBe("amber");
    expect(down(22.1, 20)).toBe("red");
  });

  it("uses the measure's own amber tolerance when given", () => {
    // Pre-proceedings concluded within 16 weeks: 24% against 30%, amber within 5 points: red; within 6: amber.
    expect(up(24, 30, 5)).toBe("red");
    expect(up(24, 30, 6)).toBe("amber");
    expect(up(29, 30, 0)).toBe("red");
  });

  it("is not thrown off by floating point at the boundary", () => {
    // 0.1 * 30 is 3.0000000000000004 in binary floating point; 27 is still exactly on the amber floor.
    expect(up(27, 30)).toBe("amber");
    expect(up(0.3, 0.1 + 0.2)).toBe("green");
    expect(down(33, 30)).toBe("amber");
  });

  it("a target of zero allows no miss unless a tolerance is given", () => {
    expect(down(0, 0)).toBe("green");
    expect(down(1, 0)).toBe("red");
    expect(down(1, 0, 1)).toBe("amber");
  });

  it("is not rated without a value or target, or when direction is neutral", () => {
    expect(up(undefined, 40)).toBe("not-rated");
    expect(up(40, undefined)).toBe("not-rated");
    expect(ragStatus({ value: 40, target: 40, direction: "neutral" })).toBe("not-rated");
    expect(up(Number.NaN, 40)).toBe("not-rated");
  });
});

describe("ragStatus (properties)", () => {
  const num = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
  const rank = { green: 0, amber: 1, red: 2, "not-rated": 3 } as const;

  it("a better value never gets a worse status", () => {
    fc.assert(
      fc.property(num, num, fc.double({ min: 0, max: 100, noNaN: true }), (target, value, gain) => {
        const worse = ragStatus({ value, target, direction: "higher-is-better" });
        const better = ragStatus({ value: value + gain, target, direction: "higher-is-better" });
        return rank[better] <= rank[worse];
      }),
    );
  });

  it("lower-is-better is higher-is-better mirrored", () => {
    fc.assert(
      fc.property(num, num, (target, value) => {
        return (
          ragStatus({ value, target, direction: "lower-is-better" }) ===
          ragStatus({ value: -value, target: -target, direction: "higher-is-better" })
        );
      }),
    );
  });
});
