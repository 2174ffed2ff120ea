/**
 * Council committees, meetings, agenda items, decisions and actions for children's social care; a
 * parser of published minutes text; exports to Open Civic Data and Popolo.
 *
 * @packageDocumentation
 */
export { OcdAgendaItem, OcdDocument, OcdEvent, OcdMedia, OcdParticipant } from "./export/ocd-event";
export {
  PopoloCount,
  PopoloEvent,
  PopoloExport,
  PopoloMotion,
  PopoloVote,
  PopoloVoteEvent,
} from "./export/popolo";
export { toOcdEvent } from "./export/to-ocd-event";
export { toPopolo } from "./export/to-popolo";
export { Action, ActionOrigin, ActionStatus, Due } from "./model/action";
export { AgendaItem, AgendaItemKind, SubjectTag } from "./model/agenda-item";
export { Attendance, AttendanceStatus, AttendeeRole, TimeOfDay } from "./model/attendance";
export { Authority, AuthorityKind } from "./model/authority";
export { Body, BodyFunction, BodyKind } from "./model/body";
export { Decision, DecisionClause, DecisionFormality, DecisionKind, DecisionMarker } from "./model/decision";
export { DiscussionKind, DiscussionPoint } from "./model/discussion";
export {
  DocumentFormat,
  DocumentKind,
  DocumentRelation,
  DocumentSize,
  SupportingDocument,
} from "./model/document";
export { Identifier, IdScheme } from "./model/identifier";
export {
  Meeting,
  MeetingKind,
  MeetingLocation,
  MeetingStatus,
  MinutesStatus,
} from "./model/meeting";
export { Membership, MembershipRole } from "./model/membership";
export { Motion, MotionKind, MotionResult, VoteEvent, VoteMethod, VoteOption } from "./model/motion";
export { Note, NoteKind } from "./model/note";
export { MinuteParagraph, ParagraphKind } from "./model/paragraph";
export { Participant } from "./model/participant";
export { Answer, Question, QuestionKind } from "./model/question";
export { Span } from "./model/span";
export { normaliseMinutes } from "./parse/normalise";
export { type ParseMinutesOptions, type ParseMinutesResult, parseMinutes } from "./parse/parse-minutes";
