import * as z from "zod";
import { isUpnLaNumber } from "./upn-la-numbers";

// The 23 letters a UPN may use, in the order that gives each its value (A=0 … Z=22). I, O and S are
// never used. Source: UK Government Data Standards Catalogue, Unique Pupil Number v2.0.
const UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";
const UPN_SHAPE = /^[A-HJ-NP-RT-Z]\d{12}$|^[A-HJ-NP-RT-Z]\d{11}[A-HJ-NP-RT-Z]$/;

/**
 * The check letter for the last twelve characters of a UPN (an LA number, establishment number, year
 * and serial, the last of which may be a temporary UPN's letter).
 *
 * Characters 2–13 are weighted 2–13, summed, and the remainder modulo 23 picks a letter of
 * `ABCDEFGHJKLMNPQRTUVWXYZ`; a temporary UPN's final letter counts as its position in that alphabet.
 * Source: UK Government Data Standards Catalogue, Unique Pupil Number v2.0.
 *
 * @example
 * upnCheckLetter("801200005001"); // "B"
 * @throws RangeError when `rest` is not 11 digits followed by a digit or an allowed letter.
 */
export function upnCheckLetter(rest: string): string {
  if (!/^\d{11}[\dA-HJ-NP-RT-Z]$/.test(rest)) {
    throw new RangeError("A UPN check letter is computed over 11 digits and a final digit or letter.");
  }
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = rest.charCodeAt(i);
    const value = ch <= 57 ? ch - 48 : UPN_ALPHABET.indexOf(rest[i] as string);
    sum += value * (i + 2);
  }
  return UPN_ALPHABET[sum % 23] as string;
}

/** Why a string is not a valid UPN, or `undefined` when it is. Names no part of the value. */
export function upnProblem(value: string): string | undefined {
  if (!UPN_SHAPE.test(value)) {
    return "A UPN is 13 characters: a check letter, 11 digits, then a digit (or a letter for a temporary UPN); I, O and S are never used.";
  }
  if (!isUpnLaNumber(value.slice(1, 4))) {
    return "Characters 2 to 4 of a UPN must be a recognised DfE LA number or pseudo-LA code.";
  }
  if (upnCheckLetter(value.slice(1)) !== value[0])
    return "The UPN check letter does not match the rest of the UPN.";
  return undefined;
}

/** True when `value` is a valid UPN (shape, LA number and check letter). */
export function isValidUpn(value: unknown): value is Upn {
  return typeof value === "string" && upnProblem(value) === undefined;
}

/**
 * A Unique Pupil Number: 13 characters, a check letter then an LA number (3), an establishment
 * number (4), the year of issue (2) and a serial (3). A temporary UPN ends in a letter instead of the
 * last serial digit.
 *
 * Checked: the shape, that characters 2–4 are a recognised LA or pseudo-LA number (school census
 * error 1530's list), and the check letter. Upper case only; the schema does not trim or re-case,
 * because a UPN that arrives in another form is a data-quality finding worth reporting.
 *
 * A UPN identifies a child: fields holding one should be marked `personal` (see `personal()`).
 *
 * @example
 * Upn.parse("B801200005001"); // ok
 * Upn.safeParse("A801200005001").success; // false: wrong check letter
 */
export const Upn = z
  .string()
  .regex(UPN_SHAPE, {
    error: "A UPN is 13 characters: a check letter, 11 digits, then a digit or letter.",
    abort: true,
  })
  .check((ctx) => {
    const problem = upnProblem(ctx.value);
    if (problem)
      ctx.issues.push({ code: "custom", message: problem, input: ctx.value, params: { rule: "core/upn" } });
  })
  .meta({
    id: "core.Upn",
    title: "Unique Pupil Number (UPN)",
    description:
      "13 characters: a check letter, a 3-digit LA number, 4-digit establishment number, 2-digit year and 3-character serial (a temporary UPN ends in a letter). Letters I, O and S are never used.",
  });
/** A Unique Pupil Number. */
export type Upn = z.infer<typeof Upn>;
