import * as z from "zod";

// The Open Civic Data Event, written from its published field lists:
// - OCDEP 4 "Events" (opencivicdata/docs.opencivicdata.org proposals/0004.rst @ 713aa171);
// - pupa's scrape schema (opencivicdata/pupa pupa/scrape/schemas/event.py): name, description,
//   classification, all_day, start/end, status enum [cancelled, tentative, confirmed, passed],
//   location {name, note, url, coordinates {latitude, longitude}}, media, documents, links,
//   participants {name, id, type [organization, person], note}, agenda {description, order, subjects,
//   media, notes, related_entities {type, id, name, note}}, sources, extras;
// - python-opencivicdata's models (legislative/models/event.py @ c089b29a), which name the dates
//   `start_date`/`end_date`, the participant type `entity_type`, keep agenda `notes` and
//   `classification` as lists, and give documents `note`, `date`, `media_type` and `links`.

const OcdLink = z.object({ note: z.string().optional(), url: z.string().min(1) });
const OcdMediaLink = z.object({ media_type: z.string().nullable().optional(), url: z.string().min(1) });

/** An OCD media item: a recording of the event or of one agenda item. */
export const OcdMedia = z
  .object({
    name: z.string(),
    type: z.string().optional(),
    date: z
      .string()
      .regex(/^(\d{4})?(-\d{2}){0,2}$/)
      .optional(),
    offset: z.number().nullable().optional(),
    links: z.array(OcdMediaLink),
  })
  .meta({ id: "meetings.OcdMedia", title: "OCD media", description: "Open Civic Data Event media item." });
export type OcdMedia = z.infer<typeof OcdMedia>;

/** An OCD event document: a note (its name), optional date and media type, and links to the file. */
export const OcdDocument = z
  .object({
    note: z.string().min(1),
    date: z.string().optional(),
    media_type: z.string().optional(),
    classification: z.enum(["agenda", "minutes", "transcript", "testimony", ""]).optional(),
    links: z.array(OcdMediaLink),
  })
  .meta({
    id: "meetings.OcdDocument",
    title: "OCD document",
    description: "Open Civic Data Event document.",
  });
export type OcdDocument = z.infer<typeof OcdDocument>;

/** An OCD participant: a person or organisation, with a note on the relationship ("chair"). */
export const OcdParticipant = z
  .object({
    name: z.string().min(1),
    entity_type: z.enum(["organization", "person"]),
    id: z.string().nullable().optional(),
    note: z.string().optional(),
  })
  .meta({
    id: "meetings.OcdParticipant",
    title: "OCD participant",
    description: "Open Civic Data participant.",
  });
export type OcdParticipant = z.infer<typeof OcdParticipant>;

/** An OCD agenda item. */
export const OcdAgendaItem = z
  .object({
    description: z.string().min(1),
    order: z.string().nullable().optional(),
    classification: z.array(z.string()),
    subjects: z.array(z.string()),
    notes: z.array(z.string()),
    related_entities: z.array(
      z.object({
        entity_type: z.enum(["bill", "organization", "person", "vote_event"]),
        name: z.string().min(1),
        id: z.string().nullable().optional(),
        note: z.string().nullable().optional(),
      }),
    ),
    media: z.array(OcdMedia),
    documents: z.array(OcdDocument),
    extras: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({
    id: "meetings.OcdAgendaItem",
    title: "OCD agenda item",
    description: "Open Civic Data agenda item.",
  });
export type OcdAgendaItem = z.infer<typeof OcdAgendaItem>;

/** An Open Civic Data Event (OCDEP 4), as pupa and python-opencivicdata define it. */
export const OcdEvent = z
  .object({
    name: z.string().min(1),
    description: z.string(),
    classification: z.string().min(1),
    /** ISO 8601, time-zone qualified when a time is given. */
    start_date: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/),
    end_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/)
      .nullable()
      .optional(),
    timezone: z.string().min(1),
    all_day: z.boolean(),
    status: z.enum(["cancelled", "tentative", "confirmed", "passed"]),
    location: z
      .object({
        name: z.string(),
        note: z.string().optional(),
        url: z.string().optional(),
        coordinates: z.object({ latitude: z.string(), longitude: z.string() }).nullable().optional(),
      })
      .nullable(),
    links: z.array(OcdLink),
    participants: z.array(OcdParticipant),
    documents: z.array(OcdDocument),
    media: z.array(OcdMedia),
    agenda: z.array(OcdAgendaItem),
    sources: z.array(OcdLink),
    extras: z.record(z.string(), z.unknown()),
  })
  .meta({
    id: "meetings.OcdEvent",
    title: "Open Civic Data Event",
    description:
      "An event in the Open Civic Data shape (OCDEP 4; pupa and python-opencivicdata field lists).",
  });
export type OcdEvent = z.infer<typeof OcdEvent>;
