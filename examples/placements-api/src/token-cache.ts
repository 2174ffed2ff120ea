// Verified tokens, remembered briefly. A client sends the same access token with every request until it
// expires, and checking its signature again each time was the largest single cost of a request under
// load. A token is remembered for at most MAX_AGE_MS (so a key the provider withdraws stops being
// honoured within that time, sooner than jose's own ten-minute key-set cache) and never past its own
// `exp`. Only tokens that verified are remembered; a refused token is checked again in full each time.

/** How long a verified token is trusted without checking its signature again. */
export const MAX_AGE_MS = 60_000;
/** Tokens remembered at once; the oldest is forgotten first (a token is at most 8 KiB). */
export const MAX_ENTRIES = 1024;

interface Entry<T> {
  readonly value: T;
  /** Epoch milliseconds after which the entry is not used. */
  readonly until: number;
}

export interface TokenCache<T> {
  get(token: string): T | undefined;
  /** Remembers `value` for `token`, which expires at `expiresAtMs` (with the clock tolerance applied). */
  set(token: string, value: T, expiresAtMs: number): void;
}

export function tokenCache<T>(now: () => number = () => Date.now()): TokenCache<T> {
  // A Map keeps insertion order, so its first key is the oldest entry.
  const entries = new Map<string, Entry<T>>();
  return {
    get(token) {
      const entry = entries.get(token);
      if (entry === undefined) return undefined;
      if (now() < entry.until) return entry.value;
      entries.delete(token);
      return undefined;
    },
    set(token, value, expiresAtMs) {
      entries.delete(token);
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(token, { value, until: Math.min(expiresAtMs, now() + MAX_AGE_MS) });
    },
  };
}
