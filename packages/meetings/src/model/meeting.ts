import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { AgendaItem } from "./agenda-item";
import { Attendance, TimeOfDay } from "./attendance";
import { codeList } from "./code-list";
import { SupportingDocument } from "./document";
import { Identifier } from "./identifier";

/** Kinds of meeting (meetings reference §4.2 `MeetingKind`). */
export const MeetingKind = codeList(
  {
    ordinary: "Ordinary",
    extraordinary: "Extraordinary",
    special: "Special",
    annual: "Annual",
    budget: "Budget",
    informal: "Informal",
    workshop: "Workshop",
    "development-session": "Development session",
    other: "Other",
  },
  {
    id: "meetings.MeetingKind",
    title: "Meeting kind",
    description: "The kind of meeting.",
    source: "Meetings reference §4.2 MeetingKind",
  },
);
export type MeetingKind = z.infer<typeof MeetingKind>;

/**
 * A meeting's status: OCD's (cancelled, tentative, confirmed, passed; OCDEP 4), Popolo's (RFC 5545 and
 * schema.org: postponed, rescheduled) and ModernGov's (moved, abandoned).
 */
export const MeetingStatus = codeList(
  {
    tentative: "Tentative",
    confirmed: "Confirmed",
    cancelled: "Cancelled",
    postponed: "Postponed",
    rescheduled: "Rescheduled",
    moved: "Moved",
    passed: "Held (passed)",
    abandoned: "Abandoned",
  },
  {
    id: "meetings.MeetingStatus",
    title: "Meeting status",
    description: "Whether a meeting is planned, held, moved or cancelled.",
    source: "OCDEP 4 Event.status; Popolo specs/event.md status; meetings reference §4.2 MeetingStatus",
  },
);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** Where the minutes stand: from none, through draft, to approved as a correct record. */
export const MinutesStatus = codeList(
  {
    none: "No minutes",
    draft: "Draft",
    published: "Published",
    "approved-as-correct-record": "Approved as a correct record",
    amended: "Amended",
  },
  {
    id: "meetings.MinutesStatus",
    title: "Minutes status",
    description: "Where a meeting's minutes stand.",
    source:
      "Meetings reference §4.2 MinutesStatus (Local Government Act 1972, Sch. 12 para. 41: minutes signed at the next meeting)",
  },
);
export type MinutesStatus = z.infer<typeof MinutesStatus>;

/** Where a meeting is held. Remote attendance at formal meetings is not lawful in England since 7 May 2021. */
export const MeetingLocation = z
  .object({
    name: z.string().min(1),
    room: z.string().min(1).optional(),
    address: z.string().min(1).optional(),
    url: z.url().optional(),
    mode: z.enum(["in-person", "virtual", "hybrid"]),
  })
  .meta({
    id: "meetings.MeetingLocation",
    title: "Meeting location",
    description: "Where a meeting is held.",
  });
export type MeetingLocation = z.infer<typeof MeetingLocation>;

/** A meeting of a body: a superset of OCD's Event (and Popolo's Event). */
export const Meeting = z
  .object({
    id: z.string().min(1),
    bodyId: z.string().min(1),
    name: z.string().min(1),
    kind: MeetingKind,
    date: IsoDate,
    startTime: TimeOfDay.optional(),
    endTime: TimeOfDay.optional(),
    /** Always Europe/London for English councils; kept so exports can state the offset. */
    timezone: z.literal("Europe/London").default("Europe/London"),
    status: MeetingStatus,
    rescheduledFrom: IsoDate.optional(),
    location: MeetingLocation.optional(),
    minutesStatus: MinutesStatus,
    attendance: z.array(Attendance).default([]),
    agenda: z.array(AgendaItem).default([]),
    documents: z.array(SupportingDocument).default([]),
    identifiers: z.array(Identifier).default([]),
    sources: z.array(z.object({ url: z.url(), note: z.string().optional() })).default([]),
  })
  .meta({
    id: "meetings.Meeting",
    title: "Meeting",
    description: "A meeting of a council body and its minutes.",
  });
export type Meeting = z.infer<typeof Meeting>;
