import { describe, expect, it } from "vitest";
import { mulberry32, Random } from "./prng";

describe("mulberry32", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
  });
  it("gives numbers in [0, 1) spread over the interval", () => {
    const r = mulberry32(1);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)]++;
    }
    for (const b of buckets) expect(b).toBeGreaterThan(800);
  });
});

describe("Random", () => {
  it("draws integers within bounds, both ends reachable", () => {
    const r = new Random(7);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(r.int(1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
  it("respects weights", () => {
    const r = new Random(7);
    let a = 0;
    for (let i = 0; i < 10000; i++)
      if (
        r.weighted([
          ["a", 9],
          ["b", 1],
        ] as const) === "a"
      )
        a++;
    expect(a).toBeGreaterThan(8500);
    expect(a).toBeLessThan(9500);
  });
});
