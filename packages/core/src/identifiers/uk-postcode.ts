import * as z from "zod";

// The shape of a UK postcode: an outward code (area letters, district digit(s), optional letter) and an
// inward code (sector digit and two unit letters, never C, I, K, M, O or V). GIR 0AA is the one
// historic exception. Source: ONS Postcode Directory user guide; Royal Mail Programmers' Guide.
// Both cases are spelt out (no `i` flag) so the JSON Schema pattern, which has no flags, accepts the same.
const POSTCODE =
  /^([Gg][Ii][Rr] ?0[Aa]{2}|[A-PR-UWYZa-pr-uwyz](\d[A-HJKPSTUWa-hjkpstuw\d]?|[A-HK-Ya-hk-y]\d[ABEHMNPRVWXYabehmnprvwxy\d]?) ?\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})$/;

const CANONICAL = /^[A-Z0-9]{2,4} [0-9][A-Z]{2}$/;

/** Writes a postcode in upper case with a single space before the inward code (`sw1a1aa` → `SW1A 1AA`). */
export function normaliseUkPostcode(value: string): string {
  // Most stored postcodes are already canonical: skip the rebuild (it dominates record validation).
  if (CANONICAL.test(value)) return value;
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** The outward code (district) of a postcode, e.g. `"SW1A"` for `"SW1A 1AA"`. */
export function postcodeDistrict(postcode: string): string {
  return normaliseUkPostcode(postcode).split(" ")[0] as string;
}

/**
 * A UK postcode. Accepted in any case, with or without the space before the last three characters,
 * and output in the canonical form (`SW1A 1AA`). Surrounding spaces are not accepted (trim first).
 *
 * A home postcode is personal data: fields holding one should be marked `personal`.
 *
 * @example
 * UkPostcode.parse("sw1a1aa"); // "SW1A 1AA"
 */
export const UkPostcode = z
  .string()
  .regex(POSTCODE, { error: "Must be a UK postcode, e.g. SW1A 1AA." })
  .overwrite(normaliseUkPostcode)
  .meta({
    id: "core.UkPostcode",
    title: "UK postcode",
    description: "A UK postcode in any case, with or without the space; output as e.g. SW1A 1AA.",
    examples: ["SW1A 1AA"],
  });
/** A UK postcode in canonical form. */
export type UkPostcode = z.infer<typeof UkPostcode>;
