import * as z from "zod";
import { codeList } from "./code-list";
import { Participant } from "./participant";
import { Span } from "./span";

/** Procedural and clerk's notes (meetings reference §3.5 and §4.2 `ProceduralNoteKind`). */
export const NoteKind = codeList(
  {
    "clerks-note": "Clerk's note",
    "post-meeting-note": "Post-meeting note",
    arrival: "Arrival",
    departure: "Departure",
    adjournment: "Adjournment",
    resumption: "Resumption",
    "exclusion-of-press-and-public": "Exclusion of press and public",
    readmission: "Readmission of press and public",
    "variation-of-order": "Variation of the order of business",
    "urgent-item-reason": "Reason for urgency",
    "late-item": "Late item",
    "minutes-correction": "Correction to the minutes",
    "declaration-of-interest": "Declaration of interest",
    webcast: "Webcast notice",
    "document-reference": 'Reference to a document ("for copy of report see file of minutes")',
    other: "Other",
  },
  {
    id: "meetings.NoteKind",
    title: "Note kind",
    description: "The kind of a procedural or clerk's note.",
    source: "Meetings reference §3.5 and §4.2 ProceduralNoteKind",
  },
);
export type NoteKind = z.infer<typeof NoteKind>;

/** A procedural or clerk's note: `[Clerk's Note - ...]`, `Post meeting note:`, arrivals, adjournments. */
export const Note = z
  .object({
    kind: NoteKind,
    text: z.string().min(1),
    participant: Participant.optional(),
    /** Time of day as written ("9.40am", "6:45pm"). */
    at: z.string().min(1).optional(),
    span: Span,
  })
  .meta({ id: "meetings.Note", title: "Note", description: "A procedural or clerk's note." });
export type Note = z.infer<typeof Note>;
