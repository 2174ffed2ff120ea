// Query strings and path identifiers are read from the raw URL, strictly: `Number("99999999999999999999")`
// is an integer to JavaScript but not to SQLite (the driver throws, once a 500), and URLSearchParams and
// Hono's decoding quietly replace a percent-encoding that is not UTF-8 (`%ED%A0%80`, a lone surrogate)
// with U+FFFD or keep it undecoded, so two different identifiers could name one record.

/** A query parameter's allowed range. */
export interface IntegerParam {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
}

export type QueryResult =
  | { readonly ok: true; readonly values: Record<string, number> }
  | { readonly ok: false };

// Plain decimal digits: no sign, exponent, spaces or leading zeros, and no more digits than 2^53 has.
const DECIMAL = /^(0|[1-9][0-9]{0,15})$/;

/** Reads integer query parameters; anything unknown, repeated, or not a plain integer in range is refused. */
export function readIntegerQuery(url: string, params: readonly IntegerParam[]): QueryResult {
  const search = new URL(url).searchParams;
  const values: Record<string, number> = {};
  const names = [...search.keys()];
  if (new Set(names).size !== names.length) return { ok: false };
  for (const name of names) if (!params.some((p) => p.name === name)) return { ok: false };
  for (const p of params) {
    const raw = search.get(p.name);
    if (raw === null) {
      values[p.name] = p.fallback;
      continue;
    }
    if (!DECIMAL.test(raw)) return { ok: false };
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < p.min || n > p.max) return { ok: false };
    values[p.name] = n;
  }
  return { ok: true, values };
}

/**
 * The decoded path segment at `index` (0 is the first after the leading `/`), or undefined when its
 * percent-encoding is not UTF-8 (decodeURIComponent refuses an encoded surrogate) or it is absent.
 */
export function pathSegment(url: string, index: number): string | undefined {
  const raw = new URL(url).pathname.split("/")[index + 1];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}
