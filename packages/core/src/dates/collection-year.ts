import * as z from "zod";
import { formatIsoDate, type IsoDate, isoDateParts } from "./iso-date";

const COLLECTION_YEAR_SHAPE = /^(\d{4})-(\d{2})$/;

/**
 * A DfE collection year such as `"2024-25"`: 1 April 2024 to 31 March 2025.
 *
 * The SSDA903 return and the CIN census both cover the year to 31 March; the second part is the last two
 * digits of the following year (`"1999-00"` follows `"1998-99"`).
 *
 * @example
 * CollectionYear.parse("2024-25"); // "2024-25"
 * CollectionYear.safeParse("2024-26").success; // false
 */
export const CollectionYear = z
  .string()
  .regex(/^\d{4}-\d{2}$/, { error: "Must be a collection year written YYYY-YY, e.g. 2024-25.", abort: true })
  .refine((v) => isCollectionYear(v), {
    error: "The second year must follow the first, e.g. 2024-25.",
    params: { rule: "core/collection-year" },
  })
  .meta({
    id: "core.CollectionYear",
    title: "Collection year",
    description: "A DfE collection year, 1 April to 31 March, written YYYY-YY (e.g. 2024-25).",
    examples: ["2024-25"],
  });
/** A DfE collection year such as `"2024-25"`. */
export type CollectionYear = z.infer<typeof CollectionYear>;

/** True when `value` is a well-formed collection year (`"2024-25"`, with consecutive years). */
export function isCollectionYear(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = COLLECTION_YEAR_SHAPE.exec(value);
  if (!m) return false;
  return (Number(m[1]) + 1) % 100 === Number(m[2]);
}

function startYear(year: string): number {
  if (!isCollectionYear(year))
    throw new RangeError("Expected a collection year written YYYY-YY, e.g. 2024-25.");
  return Number(year.slice(0, 4));
}

/** The collection year that starts on 1 April of `year` (`collectionYearStarting(2024)` is `"2024-25"`). */
export function collectionYearStarting(year: number): CollectionYear {
  return `${String(year).padStart(4, "0")}-${String((year + 1) % 100).padStart(2, "0")}`;
}

/** First day of a collection year: `collectionYearStart("2024-25")` is `"2024-04-01"`. */
export function collectionYearStart(year: string): IsoDate {
  return formatIsoDate(startYear(year), 4, 1);
}

/** Last day of a collection year: `collectionYearEnd("2024-25")` is `"2025-03-31"`. */
export function collectionYearEnd(year: string): IsoDate {
  return formatIsoDate(startYear(year) + 1, 3, 31);
}

/** The collection year a date falls in: `collectionYearOf("2025-03-31")` is `"2024-25"`. */
export function collectionYearOf(date: string): CollectionYear {
  const { year, month } = isoDateParts(date);
  return collectionYearStarting(month >= 4 ? year : year - 1);
}

/** The collection year `offset` years after (or, when negative, before) `year`. */
export function shiftCollectionYear(year: string, offset: number): CollectionYear {
  return collectionYearStarting(startYear(year) + offset);
}

/** Compares two collection years: negative when `a` is earlier. */
export function compareCollectionYears(a: string, b: string): number {
  return startYear(a) - startYear(b);
}
