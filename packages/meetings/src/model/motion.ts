import * as z from "zod";
import { codeList } from "./code-list";
import { Participant } from "./participant";
import { Span } from "./span";

/** Kinds of motion in UK council procedure rules (meetings reference §4.2 `MotionKind`). */
export const MotionKind = codeList(
  {
    "notice-of-motion": "Notice of motion",
    amendment: "Amendment",
    procedural: "Procedural motion",
    substantive: "Substantive motion",
    recommendation: "Recommendation",
  },
  {
    id: "meetings.MotionKind",
    title: "Motion kind",
    description: "The kind of motion put to a body.",
    source: "Meetings reference §4.2 MotionKind",
  },
);
export type MotionKind = z.infer<typeof MotionKind>;

/** Outcome of a motion; Popolo's `pass|fail` maps carried -> pass and lost -> fail. */
export const MotionResult = codeList(
  {
    carried: "Carried",
    lost: "Lost",
    withdrawn: "Withdrawn",
    fell: "Fell",
    deferred: "Deferred",
    "not-put": "Not put",
  },
  {
    id: "meetings.MotionResult",
    title: "Motion result",
    description: "What became of a motion.",
    source: "Meetings reference §4.2 MotionResult; Popolo VoteEvent.result (pass, fail)",
  },
);
export type MotionResult = z.infer<typeof MotionResult>;

/** How a vote was taken. */
export const VoteMethod = codeList(
  {
    recorded: "Recorded vote",
    "show-of-hands": "Show of hands",
    unanimous: "Unanimous",
    "nem-con": "Nem. con. (no one against)",
    voice: "Voice vote",
    "not-recorded": "Not recorded",
  },
  {
    id: "meetings.VoteMethod",
    title: "Vote method",
    description: "How a vote was taken.",
    source: "Meetings reference §4.2 VoteMethod",
  },
);
export type VoteMethod = z.infer<typeof VoteMethod>;

/** A voter's option: Popolo/OCD options plus ModernGov's "Conflict Of Interests". */
export const VoteOption = codeList(
  {
    for: "For",
    against: "Against",
    abstain: "Abstain",
    absent: "Absent",
    "not-voting": "Not voting",
    "conflict-of-interest": "Conflict of interest",
    paired: "Paired",
  },
  {
    id: "meetings.VoteOption",
    title: "Vote option",
    description: "How a member voted.",
    source: "Popolo Vote.option (yes, no, abstain, absent, not voting, paired); ModernGov recorded votes",
  },
);
export type VoteOption = z.infer<typeof VoteOption>;

/** A motion put to a body (Popolo Motion: text, classification, result, with proposer and seconder). */
export const Motion = z
  .object({
    text: z.string().min(1).optional(),
    classification: MotionKind,
    proposer: Participant.optional(),
    seconder: Participant.optional(),
    onBehalfOf: z.string().min(1).optional(),
    result: MotionResult.optional(),
    span: Span.optional(),
  })
  .meta({ id: "meetings.Motion", title: "Motion", description: "A motion put to a body (Popolo Motion)." });
export type Motion = z.infer<typeof Motion>;

/** A vote on a motion (Popolo VoteEvent with its Counts and Votes). */
export const VoteEvent = z
  .object({
    method: VoteMethod,
    result: MotionResult,
    counts: z.array(z.object({ option: VoteOption, value: z.int().min(0) })),
    votes: z.array(z.object({ voter: Participant, option: VoteOption })).optional(),
    span: Span.optional(),
  })
  .meta({ id: "meetings.VoteEvent", title: "Vote event", description: "A vote on a motion (Popolo)." });
export type VoteEvent = z.infer<typeof VoteEvent>;
