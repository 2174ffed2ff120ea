import { describe, expect, it } from "vitest";
import { MAX_AGE_MS, MAX_ENTRIES, tokenCache } from "./token-cache.ts";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("tokenCache", () => {
  it("remembers a token until its expiry, never past it", () => {
    const c = clock();
    const cache = tokenCache<string>(c.now);
    cache.set("t", "alice", c.now() + 10_000);
    expect(cache.get("t")).toBe("alice");
    c.advance(9_999);
    expect(cache.get("t")).toBe("alice");
    c.advance(1);
    expect(cache.get("t")).toBeUndefined();
    expect(cache.get("other")).toBeUndefined();
  });

  it("remembers a long-lived token for MAX_AGE_MS only, so its signature is checked again after", () => {
    const c = clock();
    const cache = tokenCache<string>(c.now);
    cache.set("t", "alice", c.now() + 3_600_000);
    c.advance(MAX_AGE_MS - 1);
    expect(cache.get("t")).toBe("alice");
    c.advance(1);
    expect(cache.get("t")).toBeUndefined();
  });

  it("forgets the oldest token first once MAX_ENTRIES are remembered", () => {
    const c = clock();
    const cache = tokenCache<number>(c.now);
    for (let i = 0; i < MAX_ENTRIES; i++) cache.set(`t${i}`, i, c.now() + 10_000);
    cache.set("t0", 0, c.now() + 10_000); // set again: now the newest
    cache.set("new", -1, c.now() + 10_000);
    expect(cache.get("t0")).toBe(0);
    expect(cache.get("t1")).toBeUndefined();
    expect(cache.get("t2")).toBe(2);
    expect(cache.get("new")).toBe(-1);
  });
});
