import * as z from "zod";

// Popolo, written from popolo-project/popolo-spec schemas/*.json (@ f4b5fb78, CC BY 4.0):
// motion.json (id, organization_id, legislative_session_id, creator_id, text, classification, date,
// requirement, result, vote_events, sources), vote_event.json (id, organization_id,
// legislative_session_id, identifier, motion_id, classification, start_date, end_date, result,
// group_results, counts, votes, sources), count.json (option, value, group_id), vote.json (id,
// vote_event_id, voter_id, option, group_id, role, weight, pair_id) and event.json (id, name,
// description, start_date, end_date, location, status, identifiers, classification, organization_id,
// attendees, parent_id, sources). Popolo types most fields as string-or-null; results are "pass"/"fail"
// and vote options "yes", "no", "abstain", "absent", "not voting", "paired" (specs/vote-event.md).

const nullableString = z.string().nullable().optional();
const PopoloLink = z.object({ url: z.string().min(1), note: z.string().optional() });

/** A Popolo Count: the number of votes for one option. */
export const PopoloCount = z
  .object({ option: z.string().min(1), value: z.int().min(0), group_id: nullableString })
  .meta({ id: "meetings.PopoloCount", title: "Popolo count", description: "Votes for one option (Popolo)." });
export type PopoloCount = z.infer<typeof PopoloCount>;

/** A Popolo Vote: one voter's option. */
export const PopoloVote = z
  .object({
    id: nullableString,
    vote_event_id: nullableString,
    voter_id: nullableString,
    /** Not in vote.json but in specs/vote-event.md examples: the voter's name when no id exists. */
    voter_name: nullableString,
    option: z.enum(["yes", "no", "abstain", "absent", "not voting", "paired"]),
    group_id: nullableString,
    role: nullableString,
    weight: z.number().nullable().optional(),
    pair_id: nullableString,
  })
  .meta({ id: "meetings.PopoloVote", title: "Popolo vote", description: "One voter's vote (Popolo)." });
export type PopoloVote = z.infer<typeof PopoloVote>;

/** A Popolo VoteEvent. */
export const PopoloVoteEvent = z
  .object({
    id: nullableString,
    organization_id: nullableString,
    legislative_session_id: nullableString,
    identifier: nullableString,
    motion_id: nullableString,
    classification: nullableString,
    start_date: nullableString,
    end_date: nullableString,
    result: z.enum(["pass", "fail"]).nullable().optional(),
    counts: z.array(PopoloCount),
    votes: z.array(PopoloVote),
    sources: z.array(PopoloLink).optional(),
  })
  .meta({ id: "meetings.PopoloVoteEvent", title: "Popolo vote event", description: "A Popolo VoteEvent." });
export type PopoloVoteEvent = z.infer<typeof PopoloVoteEvent>;

/** A Popolo Motion. */
export const PopoloMotion = z
  .object({
    id: nullableString,
    organization_id: nullableString,
    legislative_session_id: nullableString,
    creator_id: nullableString,
    text: nullableString,
    classification: nullableString,
    date: nullableString,
    requirement: nullableString,
    result: nullableString,
    vote_events: z.array(PopoloVoteEvent).optional(),
    sources: z.array(PopoloLink).optional(),
  })
  .meta({ id: "meetings.PopoloMotion", title: "Popolo motion", description: "A Popolo Motion." });
export type PopoloMotion = z.infer<typeof PopoloMotion>;

/** A Popolo Event (specs/event.md): organised by an organisation; status from RFC 5545 and schema.org. */
export const PopoloEvent = z
  .object({
    id: nullableString,
    name: z.string().min(1),
    description: nullableString,
    start_date: nullableString,
    end_date: nullableString,
    location: nullableString,
    status: z.enum(["cancelled", "confirmed", "tentative", "postponed", "rescheduled"]).nullable().optional(),
    identifiers: z.array(z.object({ identifier: z.string(), scheme: z.string().optional() })).optional(),
    classification: nullableString,
    organization_id: nullableString,
    attendees: z
      .array(z.object({ id: nullableString, name: z.string().min(1), role: nullableString }))
      .optional(),
    parent_id: nullableString,
    sources: z.array(PopoloLink).optional(),
  })
  .meta({ id: "meetings.PopoloEvent", title: "Popolo event", description: "A Popolo Event." });
export type PopoloEvent = z.infer<typeof PopoloEvent>;

/** What `toPopolo` returns: the meeting and its items as events, each decision as a motion. */
export const PopoloExport = z
  .object({
    events: z.array(PopoloEvent),
    motions: z.array(PopoloMotion),
    vote_events: z.array(PopoloVoteEvent),
  })
  .meta({
    id: "meetings.PopoloExport",
    title: "Popolo export",
    description: "Events, motions and vote events.",
  });
export type PopoloExport = z.infer<typeof PopoloExport>;
