import type { Decision } from "../model/decision";
import type { Meeting, MeetingStatus } from "../model/meeting";
import type { MotionResult, VoteOption } from "../model/motion";
import { londonOffset } from "./london-offset";
import { participantLabel } from "./participant-label";
import type { PopoloEvent, PopoloExport, PopoloMotion, PopoloVote, PopoloVoteEvent } from "./popolo";

// Popolo results are pass/fail (specs/vote-event.md); what is neither has no result.
const RESULT: Record<MotionResult, "pass" | "fail" | null> = {
  carried: "pass",
  lost: "fail",
  withdrawn: null,
  fell: "fail",
  deferred: null,
  "not-put": null,
};

const OPTION: Record<VoteOption, PopoloVote["option"]> = {
  for: "yes",
  against: "no",
  abstain: "abstain",
  absent: "absent",
  "not-voting": "not voting",
  "conflict-of-interest": "not voting",
  paired: "paired",
};

// Popolo's event statuses are RFC 5545's and schema.org's (specs/event.md).
const STATUS: Record<MeetingStatus, PopoloEvent["status"]> = {
  tentative: "tentative",
  confirmed: "confirmed",
  cancelled: "cancelled",
  postponed: "postponed",
  rescheduled: "rescheduled",
  moved: "rescheduled",
  passed: "confirmed",
  abandoned: "cancelled",
};

/** A decision's clauses as one motion text, labels kept: "1. That the presentation be noted. 2. ..." */
function motionText(d: Decision): string {
  const clauses = d.clauses.map((c) => (c.label ? `${c.label}. ${c.text}` : c.text)).join(" ");
  return [d.marker, d.preamble, clauses].filter(Boolean).join(" ");
}

/**
 * Maps a meeting to Popolo: the meeting and each agenda item as Events (items as children), each
 * decision as a Motion whose classification is the decision's kind, and each recorded vote as a
 * VoteEvent with counts and votes. An un-voted resolution (the usual UK form) passes by consensus, so
 * its Motion has `result: "pass"` and no vote events; a recommendation keeps classification
 * "recommendation", so it is not mistaken for the body's own decision.
 */
export function toPopolo(meeting: Meeting): PopoloExport {
  const start = meeting.startTime
    ? `${meeting.date}T${meeting.startTime}:00${londonOffset(meeting.date)}`
    : meeting.date;
  const events: PopoloEvent[] = [
    {
      id: meeting.id,
      name: meeting.name,
      start_date: start,
      location: meeting.location?.name ?? null,
      status: STATUS[meeting.status],
      classification: "committee-meeting",
      organization_id: meeting.bodyId,
      identifiers: meeting.identifiers.map((i) => ({ identifier: i.identifier, scheme: i.scheme })),
      attendees: meeting.attendance
        .filter((a) => a.status.startsWith("present") || a.status.startsWith("in-attendance"))
        .map((a) => ({ name: participantLabel(a.participant), role: a.role })),
      sources: meeting.sources.map((s) => ({ url: s.url })),
    },
  ];
  const motions: PopoloMotion[] = [];
  const voteEvents: PopoloVoteEvent[] = [];
  meeting.agenda.forEach((item, i) => {
    const itemId = `${meeting.id}/item/${item.number ?? i + 1}`;
    events.push({
      id: itemId,
      name: item.title || `Item ${i + 1}`,
      description: item.purpose ?? null,
      start_date: start,
      classification: item.kind,
      organization_id: meeting.bodyId,
      parent_id: meeting.id,
    });
    item.decisions.forEach((d, k) => {
      const motionId = `${itemId}/decision/${k + 1}`;
      const events = (d.voteEvents ?? []).map((v, n) => ({
        id: `${motionId}/vote/${n + 1}`,
        organization_id: meeting.bodyId,
        motion_id: motionId,
        classification: d.overallKind,
        start_date: start,
        result: RESULT[v.result],
        counts: v.counts.map((c) => ({ option: OPTION[c.option], value: c.value })),
        votes: (v.votes ?? []).map((vote) => ({
          vote_event_id: `${motionId}/vote/${n + 1}`,
          voter_name: participantLabel(vote.voter),
          option: OPTION[vote.option],
        })),
      }));
      voteEvents.push(...events);
      const result = d.motion?.result
        ? RESULT[d.motion.result]
        : d.markerKind === "no-decision"
          ? null
          : "pass";
      motions.push({
        id: motionId,
        organization_id: meeting.bodyId,
        text: motionText(d) || null,
        classification: d.kind === "recommendation" ? "recommendation" : d.overallKind,
        date: meeting.date,
        result,
        vote_events: events,
      });
    });
  });
  return { events, motions, vote_events: voteEvents };
}
