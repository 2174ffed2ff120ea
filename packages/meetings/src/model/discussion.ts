import * as z from "zod";
import { codeList } from "./code-list";
import { Participant } from "./participant";
import { Span } from "./span";

/** Kinds of discussion (Akoma Ntoso speech parts and minutes practice; meetings reference §4.2). */
export const DiscussionKind = codeList(
  {
    narrative: "Narrative",
    summary: "Summary of a presentation or report",
    comment: "Comment",
    concern: "Concern",
    praise: "Praise",
    query: "Query",
    response: "Response",
    assurance: "Assurance",
    suggestion: "Suggestion",
    information: "Information",
  },
  {
    id: "meetings.DiscussionKind",
    title: "Discussion kind",
    description: "The kind of a point made in discussion.",
    source: "Meetings reference §4.2 DiscussionKind; Akoma Ntoso speech/question/answer/summary",
  },
);
export type DiscussionKind = z.infer<typeof DiscussionKind>;

/** One point of the discussion, with who made it when the minutes say. */
export const DiscussionPoint = z
  .object({
    kind: DiscussionKind,
    text: z.string().min(1),
    speaker: Participant.optional(),
    /** Index into the item's `questions` this point answers. */
    respondsTo: z.int().min(0).optional(),
    span: Span,
  })
  .meta({
    id: "meetings.DiscussionPoint",
    title: "Discussion point",
    description: "A point made in discussion.",
  });
export type DiscussionPoint = z.infer<typeof DiscussionPoint>;
