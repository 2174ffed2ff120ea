import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allStringsWellFormed, BODY_LIMIT, DRAIN_LIMIT, drainBody, readJsonBody } from "./body.ts";

const request = (
  body: RequestInit["body"],
  type = "application/json",
  headers: Record<string, string> = {},
) =>
  new Request("http://127.0.0.1/children", {
    method: "POST",
    headers: { "content-type": type, ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

const slug = async (req: Request) => {
  const r = await readJsonBody(req);
  return r.ok ? "ok" : `${r.problem.status} ${r.problem.type.split("/").pop()}${r.close ? " close" : ""}`;
};

function chunked(total: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(chunk, total - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
}

describe("readJsonBody", () => {
  it("reads JSON sent as UTF-8, with or without a charset parameter", async () => {
    expect(await readJsonBody(request('{"a":"é"}'))).toEqual({ ok: true, value: { a: "é" } });
    expect(await slug(request("{}", "application/json; charset=UTF-8"))).toBe("ok");
    expect(await slug(request("{}", 'application/json;charset="utf-8"'))).toBe("ok");
  });

  it("refuses another media type or charset with 415", async () => {
    expect(await slug(request("{}", "text/plain"))).toBe("415 unsupported-media-type");
    expect(await slug(request("{}", "application/json; charset=latin1"))).toBe("415 unsupported-media-type");
    expect(await slug(request("{}", "application/jsonx"))).toBe("415 unsupported-media-type");
  });

  it("refuses bytes that are not UTF-8 instead of replacing them", async () => {
    const bytes = (...b: number[]) => request(new Uint8Array(b));
    expect(await slug(bytes(0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d))).toBe("400 not-utf-8"); // {"\xff":1}
    expect(await slug(bytes(0x22, 0xed, 0xa0, 0x80, 0x22))).toBe("400 not-utf-8"); // an encoded surrogate
    expect(await slug(bytes(0x22, 0xc0, 0xaf, 0x22))).toBe("400 not-utf-8"); // an overlong "/"
  });

  it("refuses lone surrogates in values and keys, and malformed JSON", async () => {
    expect(await slug(request('{"childId":"\\ud800"}'))).toBe("400 lone-surrogate");
    expect(await slug(request('{"\\udfff":1}'))).toBe("400 lone-surrogate");
    expect(await slug(request('[{"a":["x\\ud83d"]}]'))).toBe("400 lone-surrogate");
    expect(await slug(request('{"a":"\\ud83d\\ude00"}'))).toBe("ok"); // a proper pair
    expect(await slug(request("{ not json"))).toBe("400 malformed-json");
    expect(await slug(request(""))).toBe("400 malformed-json");
  });

  it("answers 413 after reading an oversize body to its end, and asks to close past the drain limit", async () => {
    expect(await slug(request(" ".repeat(BODY_LIMIT)))).toBe("400 malformed-json");
    expect(await slug(request(" ".repeat(BODY_LIMIT + 1)))).toBe("413 too-large");
    const huge = request(chunked(DRAIN_LIMIT + 1));
    expect(await slug(huge)).toBe("413 too-large close");
    const declared = request("{}", "application/json", { "content-length": String(DRAIN_LIMIT + 1) });
    expect(await slug(declared)).toBe("413 too-large close");
  });

  it("drains a body nobody read, asking to close when it is over the drain limit", async () => {
    const small = request(chunked(1000));
    expect(await drainBody(small)).toEqual({ close: false });
    expect(small.bodyUsed).toBe(true);
    expect(await drainBody(request(chunked(DRAIN_LIMIT + 1)))).toEqual({ close: true });
    expect(await drainBody(new Request("http://127.0.0.1/"))).toEqual({ close: false });
  });
});

describe("allStringsWellFormed", () => {
  it("is false exactly when some string or key in the value holds a lone surrogate", () => {
    // The oracle is another method: encodeURIComponent throws on a lone surrogate (ECMA-262 s19.2.6.5).
    const encodable = (s: string) => {
      try {
        encodeURIComponent(s);
        return true;
      } catch {
        return false;
      }
    };
    const oracle = (v: unknown): boolean =>
      typeof v === "string"
        ? encodable(v)
        : Array.isArray(v)
          ? v.every(oracle)
          : v !== null && typeof v === "object"
            ? Object.entries(v).every(([k, inner]) => encodable(k) && oracle(inner))
            : true;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3, stringUnit: "binary" }), (value) => {
        expect(allStringsWellFormed(value)).toBe(oracle(value));
      }),
    );
  });

  it("walks deep nesting without overflowing the stack", () => {
    const deep = JSON.parse(`${"[".repeat(50_000)}"\\ud800"${"]".repeat(50_000)}`);
    expect(allStringsWellFormed(deep)).toBe(false);
  });
});
