import * as z from "zod";
import { Action } from "./action";
import { codeList } from "./code-list";
import { Decision } from "./decision";
import { DiscussionPoint } from "./discussion";
import { SupportingDocument } from "./document";
import { Motion } from "./motion";
import { Note } from "./note";
import { MinuteParagraph } from "./paragraph";
import { Participant } from "./participant";
import { Question } from "./question";
import { Span } from "./span";

/** What kind of item (meetings reference §4.2 `AgendaItemKind`: procedural and substantive). */
export const AgendaItemKind = codeList(
  {
    apologies: "Apologies",
    substitutes: "Substitutes",
    "declarations-of-interest": "Declarations of interest",
    "minutes-of-previous-meeting": "Minutes of the previous meeting",
    "matters-arising": "Matters arising",
    "action-log": "Action log",
    "chairs-announcements": "Chair's announcements",
    "appointment-of-chair": "Appointment of chair",
    "appointment-of-vice-chair": "Appointment of vice-chair",
    "terms-of-reference": "Terms of reference",
    "urgent-business": "Urgent business",
    "exclusion-of-press-and-public": "Exclusion of press and public",
    "public-questions": "Public questions",
    "work-programme": "Work programme",
    "date-of-next-meeting": "Date of next meeting",
    aob: "Any other business",
    report: "Report",
    "annual-report": "Annual report",
    strategy: "Strategy",
    policy: "Policy",
    "performance-report": "Performance report",
    inspection: "Inspection",
    presentation: "Presentation",
    "verbal-update": "Verbal update",
    "voice-of-child": "Voice of the child",
    motion: "Motion",
    "recommendation-from-other-body": "Recommendation from another body",
    other: "Other",
  },
  {
    id: "meetings.AgendaItemKind",
    title: "Agenda item kind",
    description: "What kind of business an agenda item is.",
    source: "Meetings reference §4.2 AgendaItemKind",
  },
);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

/** Children's social care subjects an item is about (meetings reference §4.2 `SubjectTag`). */
export const SubjectTag = codeList(
  {
    "corporate-parenting": "Corporate parenting",
    "children-in-care": "Children in care",
    "care-leavers": "Care leavers",
    "local-offer": "Local offer for care leavers",
    fostering: "Fostering",
    adoption: "Adoption",
    "kinship-care": "Kinship care",
    "special-guardianship": "Special guardianship",
    iro: "Independent reviewing officers",
    "virtual-school": "Virtual school",
    "health-of-children-in-care": "Health of children in care",
    uasc: "Unaccompanied asylum-seeking children",
    sufficiency: "Sufficiency",
    "residential-homes": "Residential homes",
    "regulation-44": "Regulation 44 visits",
    "missing-children": "Missing children",
    "ofsted-ilacs": "Ofsted ILACS inspection",
    participation: "Participation and voice",
    "council-tax-exemption": "Council tax exemption",
    placements: "Placements",
    "staying-put": "Staying put",
    "child-protection": "Child protection",
    "family-help": "Family help",
    workforce: "Workforce",
    other: "Other",
  },
  {
    id: "meetings.SubjectTag",
    title: "Subject",
    description: "A children's social care subject an agenda item is about.",
    source: "Meetings reference §4.2 SubjectTag",
  },
);
export type SubjectTag = z.infer<typeof SubjectTag>;

/**
 * One agenda item and its minutes: a superset of OCD's `agenda[]` item (description, order, subjects,
 * notes, related entities) with UK minutes' presenters, questions, decisions, actions and clerk's notes.
 */
export const AgendaItem = z
  .object({
    /** Agenda item number as printed ("7", "7.3"). */
    number: z.string().min(1).optional(),
    /** Minute number when it differs from the agenda number ("34"). */
    minuteNumber: z.string().min(1).optional(),
    /** The title as printed; empty only when the parser found none (and said so in an issue). */
    title: z.string(),
    /** The agenda's description of the item ("To consider ...", "Verbal update"). */
    purpose: z.string().min(1).optional(),
    kind: AgendaItemKind,
    subjects: z.array(SubjectTag),
    presenters: z.array(Participant),
    /** Everyone the minutes show speaking or answering in the item (presenters included). */
    participants: z.array(Participant),
    paragraphs: z.array(MinuteParagraph),
    discussion: z.array(DiscussionPoint),
    questions: z.array(Question),
    decisions: z.array(Decision),
    motions: z.array(Motion),
    actions: z.array(Action),
    notes: z.array(Note),
    documents: z.array(SupportingDocument),
    span: Span.optional(),
  })
  .meta({
    id: "meetings.AgendaItem",
    title: "Agenda item",
    description: "An agenda item and its minutes: presenters, discussion, questions, decisions, actions.",
  });
export type AgendaItem = z.infer<typeof AgendaItem>;
