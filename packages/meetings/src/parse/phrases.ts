// The phrase tables the line scanner looks for (see line-scan.ts), in one module with no imports but
// types, so the detectors and the scanner can share them without a circular import.
import type { SubjectTag } from "../model/agenda-item";
import type { NoteKind } from "../model/note";

// "X, <role>, presented/gave/spoke ..." (meetings reference §3.3 and §4.4). Presenting verbs make a
// presenter; speaking verbs only a participant.
export const PRESENTING = [
  " presented",
  " gave ",
  " introduced",
  " spoke ",
  " delivered",
  " outlined",
  " took the ",
  " took members",
  " led the",
  " will give",
  " will present",
  " would give",
  " would present",
];

export const SPEAKING = [
  " informed",
  " updated",
  " reported",
  " explained",
  " advised",
  " confirmed",
  " responded",
  " replied",
  " said",
  " stated",
  " added",
  " highlighted",
  " clarified",
  " thanked",
  " welcomed",
  " asked",
  " queried",
  " noted",
  " assured",
  " commented",
];

// "A member raised ...", "Members queried ...", "Councillor X asked ...".
export const ASKING_VERBS = [
  " asked",
  " queried",
  " raised",
  " sought clarification",
  " enquired",
  " inquired",
  " questioned",
  " wanted to know",
  " wished to know",
  " expressed concern",
];

// "Councillor T Henderson entered the meeting at 9.40am" (meetings reference §4.4, attendance events).
export const MOVEMENTS: readonly [string, NoteKind][] = [
  [" entered the meeting", "arrival"],
  [" joined the meeting", "arrival"],
  [" arrived at the meeting", "arrival"],
  [" arrived during", "arrival"],
  [" left the meeting", "departure"],
  [" left the room", "departure"],
  [" withdrew from the meeting", "departure"],
];

export const PROCEDURAL: readonly [string, NoteKind][] = [
  ["meeting adjourned", "adjournment"],
  ["meeting was adjourned", "adjournment"],
  ["meeting reconvened", "resumption"],
  ["meeting re-commenced", "resumption"],
  ["meeting resumed", "resumption"],
  ["see file of minutes", "document-reference"],
  ["in the minute book", "document-reference"],
  ["press and public be excluded", "exclusion-of-press-and-public"],
  ["press and public were excluded", "exclusion-of-press-and-public"],
  ["press and public were readmitted", "readmission"],
  ["order of business be varied", "variation-of-order"],
  ["order of business was varied", "variation-of-order"],
  ["declared an interest", "declaration-of-interest"],
  ["declared a pecuniary interest", "declaration-of-interest"],
  ["declared a personal interest", "declaration-of-interest"],
  ["being webcast", "webcast"],
  ["reason for urgency", "urgent-item-reason"],
  ["reasons for urgency", "urgent-item-reason"],
  ["matter of urgency", "urgent-item-reason"],
  ["special circumstances", "urgent-item-reason"],
  ["was webcast", "webcast"],
];

// Undertakings and requests in the narrative (meetings reference §3.2).
export const UNDERTAKINGS = [
  "undertook to",
  "agreed to provide",
  "agreed to circulate",
  "agreed to share",
  "agreed to look",
  "agreed to follow",
  "agreed to report",
  "agreed to arrange",
  "agreed to investigate",
  "would look at",
  "would look into",
  "will look into",
  "will be circulated",
  "would be circulated",
  "to be circulated",
  "will circulate",
  "would circulate",
  "will be shared with",
  "would be shared with",
  "will report back",
  "would report back",
  "would provide",
  "will provide an update",
  "will follow up",
  "would follow up",
];

export const REQUESTS = [
  "requested that",
  "requested a ",
  "requested an ",
  "requested further",
  "requested data",
  "requested information",
  "requested details",
  "requested statistical",
  "asked that",
];

// Subject keywords (meetings reference §4.2 SubjectTag), matched lower-case against the item text.
export const SUBJECT_WORDS: readonly [SubjectTag, readonly string[]][] = [
  ["corporate-parenting", ["corporate parent"]],
  ["children-in-care", ["children in care", "child in care", "looked after", "looked-after"]],
  ["care-leavers", ["care leaver", "leaving care"]],
  ["local-offer", ["local offer"]],
  ["fostering", ["foster"]],
  ["adoption", ["adoption", "adopters", "adoptive"]],
  ["kinship-care", ["kinship", "family network", "connected person"]],
  ["special-guardianship", ["special guardian"]],
  ["iro", ["independent reviewing officer"]],
  ["virtual-school", ["virtual school"]],
  ["health-of-children-in-care", ["health assessment", "designated nurse", "health of children in care"]],
  ["uasc", ["unaccompanied", "asylum"]],
  ["sufficiency", ["sufficiency"]],
  ["residential-homes", ["residential", "children’s homes", "children's homes"]],
  ["regulation-44", ["regulation 44"]],
  ["missing-children", ["missing from care", "missing from home", "missing children", "missing episodes"]],
  ["ofsted-ilacs", ["ofsted", "ilacs"]],
  [
    "participation",
    ["participation", "children in care council", "voice of the child", "co-production", "advocacy"],
  ],
  ["council-tax-exemption", ["council tax"]],
  ["placements", ["placement"]],
  ["staying-put", ["staying put"]],
  ["child-protection", ["child protection"]],
  ["family-help", ["family help", "early help"]],
  ["workforce", ["workforce", "work force", "agency social worker", "recruit"]],
];
