import * as z from "zod";
import { Span } from "./span";

/** How a line of the minutes is laid out. */
export const ParagraphKind = z.enum(["heading", "paragraph", "bullet", "sub-bullet", "numbered"]).meta({
  id: "meetings.ParagraphKind",
  title: "Paragraph kind",
  description: "How a line of minutes is laid out.",
});
export type ParagraphKind = z.infer<typeof ParagraphKind>;

/** One paragraph of the minutes of an item, bullets and numbering removed. */
export const MinuteParagraph = z
  .object({
    /** Minute-paragraph number ("6.2") or list label ("a"), when the line had one. */
    number: z.string().min(1).optional(),
    kind: ParagraphKind,
    text: z.string().min(1),
    span: Span,
  })
  .meta({
    id: "meetings.MinuteParagraph",
    title: "Minute paragraph",
    description: "One paragraph of minutes.",
  });
export type MinuteParagraph = z.infer<typeof MinuteParagraph>;
