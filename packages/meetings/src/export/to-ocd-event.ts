import type { AgendaItem } from "../model/agenda-item";
import type { SupportingDocument } from "../model/document";
import type { Meeting, MeetingStatus } from "../model/meeting";
import { londonOffset } from "./london-offset";
import type { OcdAgendaItem, OcdDocument, OcdEvent } from "./ocd-event";
import { participantLabel } from "./participant-label";

// OCD has four statuses (OCDEP 4); a postponed, moved or rescheduled meeting is not happening on its
// date, so it is "cancelled" there, and the raw status is kept in extras.
const OCD_STATUS: Record<MeetingStatus, OcdEvent["status"]> = {
  tentative: "tentative",
  confirmed: "confirmed",
  cancelled: "cancelled",
  postponed: "cancelled",
  rescheduled: "cancelled",
  moved: "cancelled",
  passed: "passed",
  abandoned: "passed",
};

const MEDIA_TYPE: Partial<Record<string, string>> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  rtf: "application/rtf",
  html: "text/html",
  txt: "text/plain",
  csv: "text/csv",
  mp4: "video/mp4",
};

function dateTime(date: string, time: string | undefined): string {
  return time ? `${date}T${time}:00${londonOffset(date)}` : date;
}

function ocdDocument(doc: SupportingDocument): OcdDocument {
  const mediaType = doc.format ? MEDIA_TYPE[doc.format] : undefined;
  const out: OcdDocument = {
    note: doc.title,
    links: doc.url ? [{ url: doc.url, ...(mediaType ? { media_type: mediaType } : {}) }] : [],
  };
  if (mediaType) out.media_type = mediaType;
  if (doc.kind === "minutes" || doc.kind === "draft-minutes") out.classification = "minutes";
  if (doc.kind === "agenda" || doc.kind === "agenda-pack") out.classification = "agenda";
  return out;
}

/** The minutes of an item as OCD agenda notes: paragraphs, then each decision clause with its marker. */
function notesOf(item: AgendaItem): string[] {
  const notes = item.paragraphs.map((p) => p.text);
  for (const d of item.decisions) {
    for (const c of d.clauses) notes.push(`${d.marker ? `${d.marker} ` : ""}${c.label ? `${c.label}. ` : ""}${c.text}`);
  }
  for (const a of item.actions) notes.push(`Action: ${a.text}`);
  for (const n of item.notes) notes.push(n.text);
  return notes;
}

function ocdAgendaItem(item: AgendaItem, index: number): OcdAgendaItem {
  return {
    description: item.title || `Item ${index + 1}`,
    order: item.number ?? String(index + 1),
    classification: [item.kind],
    subjects: [...item.subjects],
    notes: notesOf(item),
    related_entities: item.presenters.map((p) => ({
      entity_type: "person" as const,
      name: participantLabel(p),
      note: p.role && p.name ? `presenter: ${p.role}` : "presenter",
    })),
    media: [],
    documents: item.documents.map(ocdDocument),
    extras: {
      ...(item.purpose ? { purpose: item.purpose } : {}),
      ...(item.minuteNumber ? { minute_number: item.minuteNumber } : {}),
      decisions: item.decisions.map((d) => ({ marker: d.marker ?? null, kind: d.kind, overall: d.overallKind })),
    },
  };
}

/**
 * Maps a meeting to an Open Civic Data Event (OCDEP 4): agenda items become `agenda[]` with their
 * minutes, decisions and actions as `notes`, presenters as related people; attendance becomes
 * `participants` with the attendance role and status as the note (OCD has no attendance status).
 * Role-only participants are named by their role, since OCD requires a name.
 */
export function toOcdEvent(meeting: Meeting): OcdEvent {
  return {
    name: meeting.name,
    description: "",
    classification: "committee-meeting",
    start_date: dateTime(meeting.date, meeting.startTime),
    ...(meeting.endTime ? { end_date: dateTime(meeting.date, meeting.endTime) } : {}),
    timezone: meeting.timezone,
    all_day: false,
    status: OCD_STATUS[meeting.status],
    location: meeting.location
      ? {
          name: meeting.location.name,
          ...(meeting.location.room ? { note: meeting.location.room } : {}),
          ...(meeting.location.url ? { url: meeting.location.url } : {}),
        }
      : null,
    links: [],
    participants: [
      { name: meeting.bodyId, entity_type: "organization", note: "host" },
      ...meeting.attendance.map((a) => ({
        name: participantLabel(a.participant),
        entity_type: "person" as const,
        note: `${a.role}; ${a.status}`,
      })),
    ],
    documents: meeting.documents.map(ocdDocument),
    media: [],
    agenda: meeting.agenda.map(ocdAgendaItem),
    sources: meeting.sources.map((s) => ({ url: s.url, ...(s.note ? { note: s.note } : {}) })),
    extras: {
      meeting_id: meeting.id,
      meeting_kind: meeting.kind,
      status: meeting.status,
      minutes_status: meeting.minutesStatus,
      identifiers: meeting.identifiers,
    },
  };
}
