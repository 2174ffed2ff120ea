import * as z from "zod";
import { codeList } from "./code-list";
import { Motion, VoteEvent } from "./motion";
import { Span } from "./span";

/**
 * The raw marker family that introduced a decision. Minutes use at least twelve (meetings reference
 * §3.1): `RESOLVED –`, `RESOLVED that:`, `AGREED (unanimously) that:`, `It was agreed that`, `The
 * committee agreed`, `DECISION:`, `RECOMMENDED that`, and unlabelled `That the report be noted.`
 */
export const DecisionMarker = codeList(
  {
    resolved: "RESOLVED",
    agreed: "AGREED",
    decision: "DECISION",
    recommended: "RECOMMENDED",
    "it-was-agreed": "It was agreed",
    "it-was-resolved": "It was resolved",
    "body-agreed": "The committee (board, panel...) agreed",
    "mayor-agreed": "The Mayor agreed",
    "proposed-seconded-agreed": "Proposed, seconded and agreed",
    unlabelled: 'No marker (a bare "That ... be noted")',
    "no-decision": "No formal decision",
  },
  {
    id: "meetings.DecisionMarker",
    title: "Decision marker",
    description: "The family of the words that introduced a decision in the minutes.",
    source: "Meetings reference §3.1 (markers seen in 44 real minutes) and §4.2 DecisionMarker",
  },
);
export type DecisionMarker = z.infer<typeof DecisionMarker>;

/**
 * How binding a decision is. A recommendation (`RECOMMENDED that the Cabinet Member ...`) is advice
 * to another decision maker, not a decision of this body, so it has its own kind.
 */
export const DecisionFormality = codeList(
  {
    "formal-resolution": "Formal resolution",
    agreement: "Agreement",
    recommendation: "Recommendation to another decision maker",
    "executive-decision": "Executive decision",
    "delegated-decision": "Delegated decision",
    "informal-consensus": "Informal consensus",
    "no-decision-recorded": "No decision recorded",
  },
  {
    id: "meetings.DecisionFormality",
    title: "Decision formality",
    description: "Whether a decision binds (a resolution) or advises (a recommendation).",
    source: "Meetings reference §4.2 DecisionFormality",
  },
);
export type DecisionFormality = z.infer<typeof DecisionFormality>;

/** What a decision or one clause of it does, from its main verb ("be noted" -> noted). */
export const DecisionKind = codeList(
  {
    noted: "Noted",
    received: "Received",
    approved: "Approved",
    adopted: "Adopted",
    agreed: "Agreed",
    endorsed: "Endorsed",
    supported: "Supported",
    "recommended-to-other-body": "Recommended to another body",
    referred: "Referred",
    "requested-report": "Requested a report or update",
    "requested-information": "Requested information",
    delegated: "Delegated",
    authorised: "Authorised",
    appointed: "Appointed",
    "confirmed-minutes": "Confirmed the minutes",
    amended: "Amended",
    deferred: "Deferred",
    rejected: "Rejected",
    withdrawn: "Withdrawn",
    commented: "Commented",
    thanked: "Thanked",
    "excluded-press-and-public": "Excluded the press and public",
    "readmitted-press-and-public": "Readmitted the press and public",
    "varied-order-of-business": "Varied the order of business",
    other: "Other",
  },
  {
    id: "meetings.DecisionKind",
    title: "Decision kind",
    description: "What a decision clause does, classified from its verb.",
    source: "Meetings reference §4.2 DecisionKind and §4.4 (clause kind from the main verb phrase)",
  },
);
export type DecisionKind = z.infer<typeof DecisionKind>;

/** One clause of a decision: `1. That the presentation be noted.` */
export const DecisionClause = z
  .object({
    /** The clause's label without brackets or dot ("1", "a", "ii"); by position when all say "1.". */
    label: z.string().min(1).optional(),
    /** 1-based position within the decision. */
    order: z.int().min(1),
    /** The clause as written, label removed. */
    text: z.string().min(1),
    kind: DecisionKind,
    span: Span,
  })
  .meta({
    id: "meetings.DecisionClause",
    title: "Decision clause",
    description: "One clause of a decision.",
  });
export type DecisionClause = z.infer<typeof DecisionClause>;

/**
 * A decision as minuted: the raw marker, its formality, and ordered clauses each with a kind. UK
 * committees mostly decide by consensus (`RESOLVED – That the report be noted.`), so a motion and vote
 * are optional (Popolo and OCD model only voted motions; Council Data Project keeps a per-item
 * decision apart from votes, which this follows).
 */
export const Decision = z
  .object({
    /** The marker as written ("RESOLVED that", "AGREED:"); absent for an unlabelled decision. */
    marker: z.string().min(1).optional(),
    markerKind: DecisionMarker,
    kind: DecisionFormality,
    /** The kind of the decision as a whole: that of its first clause. */
    overallKind: DecisionKind,
    /** Words between the marker and the clauses ("For the reasons set out in the report: -"). */
    preamble: z.string().min(1).optional(),
    unanimous: z.boolean().optional(),
    clauses: z.array(DecisionClause),
    motion: Motion.optional(),
    voteEvents: z.array(VoteEvent).optional(),
    span: Span,
  })
  .meta({ id: "meetings.Decision", title: "Decision", description: "A decision with ordered clauses." });
export type Decision = z.infer<typeof Decision>;
