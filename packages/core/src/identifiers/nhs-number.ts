import * as z from "zod";

const NHS_SHAPE = /^\d{3} ?\d{3} ?\d{4}$/;

/**
 * The modulus 11 check digit for the first nine digits of an NHS number, or `undefined` when no check
 * digit can make the number valid (the remainder gives 10).
 *
 * Digits 1–9 are weighted 10 down to 2 and summed; the check digit is 11 minus the remainder modulo
 * 11, where 11 becomes 0 and 10 means the number is invalid. Source: NHS Data Dictionary, NHS NUMBER.
 *
 * @example
 * nhsCheckDigit("943476591"); // 9
 */
export function nhsCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine))
    throw new RangeError("An NHS number check digit is computed over nine digits.");
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (firstNine.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

/** Removes the spaces an NHS number may be written with (`943 476 5919` → `9434765919`). */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/ /g, "");
}

/** True when `value` is a valid NHS number, written as 10 digits or as 3-3-4 groups with single spaces. */
export function isValidNhsNumber(value: unknown): boolean {
  if (typeof value !== "string" || !NHS_SHAPE.test(value)) return false;
  const digits = normaliseNhsNumber(value);
  return nhsCheckDigit(digits.slice(0, 9)) === digits.charCodeAt(9) - 48;
}

/**
 * An NHS number: ten digits whose last is a modulus 11 check digit.
 *
 * **Spaces:** the schema accepts the number as ten digits (`9434765919`) or in the 3-3-4 groups it is
 * usually printed in, with single spaces (`943 476 5919`), and outputs it without spaces. Any other
 * spacing, dashes or other characters are rejected. The check digit is verified; nothing else (such
 * as reserved ranges) is.
 *
 * An NHS number identifies a person: fields holding one should be marked `personal`.
 *
 * @example
 * NhsNumber.parse("943 476 5919"); // "9434765919"
 */
export const NhsNumber = z
  .string()
  .regex(NHS_SHAPE, {
    error: "An NHS number is 10 digits, optionally written in groups of 3, 3 and 4.",
    abort: true,
  })
  .overwrite(normaliseNhsNumber)
  .refine((v) => isValidNhsNumber(v), {
    error: "The NHS number check digit does not match the other digits.",
    params: { rule: "core/nhs-number" },
  })
  .meta({
    id: "core.NhsNumber",
    title: "NHS number",
    description:
      "10 digits with a modulus 11 check digit; may be written in groups of 3, 3 and 4 separated by single spaces, which are removed.",
    examples: ["9434765919"],
  });
/** An NHS number, ten digits without spaces after parsing. */
export type NhsNumber = z.infer<typeof NhsNumber>;
