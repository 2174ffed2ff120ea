import { hmac } from "@noble/hashes/hmac";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import type * as z from "zod";
import type { PersonalDataLevel } from "./personal-data";
import { mapMarked } from "./walk";

/** Options for {@link redact}. */
export interface RedactOptions {
  /** Which levels to remove; by default both `personal` and `special-category`. */
  readonly levels?: readonly PersonalDataLevel[];
  /** What to put in place of a removed value; by default the field is dropped. */
  readonly replacement?: string;
}

/**
 * A copy of `value` with every field that `schema` marks as personal data removed (or replaced by
 * `options.replacement`). The input is not modified.
 *
 * @example
 * redact(Child, { childId: "C123", sex: "F" }); // { sex: "F" }
 * redact(Child, child, { replacement: "[redacted]" }); // { childId: "[redacted]", sex: "F" }
 */
export function redact<T>(schema: z.core.$ZodType, value: T, options: RedactOptions = {}): T {
  const levels = options.levels ?? ["personal", "special-category"];
  return mapMarked(schema, value, (m) => (levels.includes(m.level) ? options.replacement : m.value)) as T;
}

/**
 * A stable pseudonym for a value: HMAC-SHA-256 keyed with `key`, as lower-case hex.
 *
 * The same value and key always give the same token, so records about one child still join up,
 * while the value cannot be recovered without the key (keep the key secret and apart from the data;
 * anyone holding it can test guesses). `length` shortens the token (default 64 hex characters, the
 * whole digest; at least 16).
 *
 * @example
 * pseudonymise("C123", secretKey); // "4f1c…" (64 hex characters)
 */
export function pseudonymise(value: string, key: string | Uint8Array, length = 64): string {
  if (length < 16 || length > 64)
    throw new RangeError("A pseudonym is between 16 and 64 hex characters long.");
  if (key.length === 0) throw new RangeError("A pseudonymisation key must not be empty.");
  const k = typeof key === "string" ? utf8ToBytes(key) : key;
  return bytesToHex(hmac(sha256, k, utf8ToBytes(value))).slice(0, length);
}

/**
 * A copy of `value` with every string or number in a field marked personal replaced by its
 * {@link pseudonymise} token; special-category fields are removed, because a pseudonym of (say) an
 * ethnicity code would still reveal it to anyone who can compare tokens.
 */
export function pseudonymiseFields<T>(schema: z.core.$ZodType, value: T, key: string | Uint8Array): T {
  return mapMarked(schema, value, (m) => {
    if (m.level === "special-category") return undefined;
    return typeof m.value === "string" || typeof m.value === "number"
      ? pseudonymise(String(m.value), key)
      : undefined;
  }) as T;
}
