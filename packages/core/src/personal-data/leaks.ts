import type * as z from "zod";
import type { ValidationIssue } from "../validation/validation-issue";
import type { PersonalDataLevel } from "./personal-data";
import { collectMarked } from "./walk";

/** A message that contains the value of a personal field. Holds where, never the value itself. */
export interface PersonalDataLeak {
  /** Index of the offending message in the list checked. */
  readonly messageIndex: number;
  /** Path of the personal field whose value appears. */
  readonly fieldPath: readonly (string | number)[];
  readonly level: PersonalDataLevel;
}

/**
 * Finds messages that contain the value of a field `schema` marks as personal. Use it in tests of any
 * validator: run it on a record full of recognisable personal values and expect no leaks.
 *
 * Values shorter than `minLength` characters (default 4) are not searched for: a one-letter sex code
 * or a two-digit number appears in ordinary text by chance.
 *
 * @example
 * const leaks = findPersonalDataLeaks(CareEpisode, record, report.issues);
 * expect(leaks).toEqual([]);
 */
export function findPersonalDataLeaks(
  schema: z.core.$ZodType,
  value: unknown,
  messages: readonly (string | Pick<ValidationIssue, "message">)[],
  minLength = 4,
): PersonalDataLeak[] {
  const marked = collectMarked(schema, value)
    .flatMap((m) => flattenValues(m.value).map((text) => ({ ...m, text })))
    .filter((m) => m.text.length >= minLength);
  const leaks: PersonalDataLeak[] = [];
  messages.forEach((entry, messageIndex) => {
    const text = typeof entry === "string" ? entry : entry.message;
    for (const m of marked) {
      if (text.includes(m.text)) leaks.push({ messageIndex, fieldPath: m.path, level: m.level });
    }
  });
  return leaks;
}

function flattenValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "number" || typeof value === "bigint") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(flattenValues);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(flattenValues);
  return [];
}
