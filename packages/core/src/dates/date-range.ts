import * as z from "zod";
import { IsoDate } from "./iso-date";

/**
 * A period between two ISO dates, both inclusive. An absent `end` means the period is still open.
 *
 * The end may equal the start (a one-day period) but never precede it.
 */
export const DateRange = z
  .object({
    start: IsoDate,
    end: IsoDate.optional(),
  })
  .check(endNotBeforeStart("start", "end"))
  .meta({
    id: "core.DateRange",
    title: "Date range",
    description: "A period between two ISO dates, both inclusive; no end means the period is open.",
  });
/** A period between two ISO dates, both inclusive. */
export type DateRange = z.infer<typeof DateRange>;

/**
 * A reusable check for any object schema with a start and an end date field: the end, when present, must
 * not be before the start. The issue is reported on the end field with code `custom` and names no value.
 *
 * @example
 * const Stay = z.object({ from: IsoDate, to: IsoDate.optional() }).check(endNotBeforeStart("from", "to"));
 */
export function endNotBeforeStart<K extends string, L extends string>(startKey: K, endKey: L) {
  return (ctx: z.core.ParsePayload<{ [P in K | L]?: string | undefined }>): void => {
    const start = ctx.value[startKey];
    const end = ctx.value[endKey];
    if (typeof start === "string" && typeof end === "string" && end < start) {
      ctx.issues.push({
        code: "custom",
        message: `${endKey} must not be before ${startKey}.`,
        path: [endKey],
        input: ctx.value,
        params: { rule: "core/end-not-before-start" },
      });
    }
  };
}

/** True when the two inclusive ranges share at least one day (an open end runs for ever). */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return (a.end === undefined || b.start <= a.end) && (b.end === undefined || a.start <= b.end);
}

/** True when `date` lies within the inclusive range. */
export function rangeContains(range: DateRange, date: string): boolean {
  return range.start <= date && (range.end === undefined || date <= range.end);
}
