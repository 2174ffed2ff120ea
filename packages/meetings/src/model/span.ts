import * as z from "zod";

/**
 * Where a parsed element came from: `start` and `end` are UTF-16 offsets into the normalised minutes
 * text (see `normaliseMinutes`), `end` exclusive, so `normalised.slice(start, end)` is the evidence.
 * Keeping the span is what lets a reader check every parsed clause against the published words
 * (the "verbatim-sentence verification" the meetings reference recommends, §2).
 */
export const Span = z
  .object({
    start: z.int().min(0),
    end: z.int().min(0),
  })
  .refine((s) => s.end >= s.start, { message: "A span must not end before it starts.", path: ["end"] })
  .meta({
    id: "meetings.Span",
    title: "Source span",
    description: "Offsets [start, end) into the normalised minutes text the element was read from.",
  });
export type Span = z.infer<typeof Span>;
