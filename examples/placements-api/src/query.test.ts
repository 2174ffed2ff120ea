import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pathSegment, readIntegerQuery } from "./query.ts";

const PAGING = [
  { name: "limit", min: 1, max: 1000, fallback: 100 },
  { name: "offset", min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 },
] as const;
const read = (query: string) => readIntegerQuery(`http://127.0.0.1/children${query}`, PAGING);

describe("readIntegerQuery", () => {
  it("gives the fallbacks for an empty query and reads plain integers in range", () => {
    expect(read("")).toEqual({ ok: true, values: { limit: 100, offset: 0 } });
    expect(read("?limit=1000&offset=0")).toEqual({ ok: true, values: { limit: 1000, offset: 0 } });
  });

  it("refuses what Number() would take but SQLite or the range would not", () => {
    for (const q of [
      "?offset=99999999999999999999",
      "?offset=9007199254740992", // 2^53: past the last safe integer
      "?offset=1e3",
      "?offset=-0",
      "?offset=-1",
      "?offset=0x10",
      "?offset=%201",
      "?offset=01",
      "?offset=1.0",
      "?offset=",
      "?limit=0",
      "?limit=1001",
      "?limit=1&limit=2",
      "?limits=1",
      "?offset=%ED%A0%80",
      "?offset=%EF%BC%91", // a fullwidth digit one
    ]) {
      expect(read(q), q).toEqual({ ok: false });
    }
  });

  it("round-trips every integer in range written plainly, and refuses every one out of range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: -5, max: 1100 }),
        (offset, limit) => {
          const r = read(`?offset=${offset}&limit=${limit}`);
          if (limit >= 1 && limit <= 1000) expect(r).toEqual({ ok: true, values: { offset, limit } });
          else expect(r).toEqual({ ok: false });
        },
      ),
    );
  });

  it("never accepts a string that is not the canonical decimal of its value", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const r = read(`?offset=${encodeURIComponent(s.isWellFormed() ? s : "x")}`);
        if (r.ok) expect(String(r.values["offset"])).toBe(s);
      }),
    );
  });
});

describe("pathSegment", () => {
  it("decodes UTF-8 percent-encoding and refuses what is not UTF-8", () => {
    expect(pathSegment("http://h/children/C%C3%A9", 1)).toBe("Cé");
    expect(pathSegment("http://h/children/a%2Fb/episodes", 1)).toBe("a/b");
    expect(pathSegment("http://h/children/%ED%A0%80", 1)).toBeUndefined(); // U+D800 encoded
    expect(pathSegment("http://h/children/%FF", 1)).toBeUndefined();
    expect(pathSegment("http://h/children", 1)).toBeUndefined();
  });
});
