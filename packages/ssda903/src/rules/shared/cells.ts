// How a raw cell is read the way the DfE checks are run in the reference validator (pandas data
// frames): an empty CSV cell is read as `null` and is "missing", so comparisons with it are false.
// Keeping these in one place stops each rule re-deciding what a blank means.

/** A blank cell: absent or empty as sent (an empty CSV cell is read as `null`; an empty string is a value). */
export function isBlank(value: string | null | undefined): value is null | undefined {
  return value == null;
}

/** True when both cells are filled and equal (pandas `==`: a missing value equals nothing). */
export function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a === b;
}

/** The negation of `same`: true when either side is blank or the two differ (pandas `!=`). */
export function differs(a: string | null | undefined, b: string | null | undefined): boolean {
  return !same(a, b);
}

/** True when two cells hold different text, two blanks counting as the same (compared as written). */
export function textDiffers(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? null) !== (b ?? null);
}

const NUMERIC = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** A cell read as a number, or `undefined` when blank or not a number (pandas `to_numeric(errors="coerce")`). */
export function toNumber(value: string | null | undefined): number | undefined {
  if (value == null || !NUMERIC.test(value)) return undefined;
  return Number(value);
}
