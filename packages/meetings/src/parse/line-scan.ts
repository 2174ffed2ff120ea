import type { SubjectTag } from "../model/agenda-item";
import type { NoteKind } from "../model/note";
import {
  ASKING_VERBS,
  MOVEMENTS,
  PRESENTING,
  PROCEDURAL,
  REQUESTS,
  SPEAKING,
  SUBJECT_WORDS,
  UNDERTAKINGS,
} from "./phrases";

/** The first place a phrase of one kind starts in a line. */
export interface Hit<T = string> {
  readonly index: number;
  readonly phrase: string;
  readonly value: T;
}

/** Everything the detectors look for in a line, found in one pass over its words. */
export interface LineScan {
  /** A presenting (value true) or speaking (false) verb after the first word. */
  verb?: Hit<boolean>;
  /** "presented by " / "introduced by ". */
  presentedBy?: Hit;
  /** "asked", "queried", "raised" ... after the first word. */
  asking?: Hit;
  /** "entered the meeting", "left the meeting" ... after the first word. */
  movement?: Hit<NoteKind>;
  procedure?: Hit<NoteKind>;
  undertaking?: Hit;
  request?: Hit;
  /** A word that can start a motion result ("motion", "amendment", "resolution status" ...). */
  vote?: Hit;
  /** "against", without which a line holds no vote counts. */
  against?: Hit;
  /** Every subject named in the line. */
  subjects: SubjectTag[];
}

type Category =
  | "verb"
  | "presentedBy"
  | "asking"
  | "movement"
  | "procedure"
  | "undertaking"
  | "request"
  | "vote"
  | "against"
  | "subject";

interface Entry {
  readonly phrase: string;
  readonly category: Category;
  readonly value: unknown;
}

// Categories whose phrase must follow a subject, so never at the start of the line.
const AFTER_SUBJECT = new Set<Category>(["verb", "presentedBy", "asking", "movement"]);

const ENTRIES: Entry[] = [
  ...PRESENTING.map((p) => ({ phrase: p.trimStart(), category: "verb" as const, value: true })),
  ...SPEAKING.map((p) => ({ phrase: p.trimStart(), category: "verb" as const, value: false })),
  { phrase: "presented by ", category: "presentedBy", value: "presented by " },
  { phrase: "introduced by ", category: "presentedBy", value: "introduced by " },
  ...ASKING_VERBS.map((p) => ({ phrase: p.trimStart(), category: "asking" as const, value: p.trimStart() })),
  ...MOVEMENTS.map(([p, kind]) => ({ phrase: p.trimStart(), category: "movement" as const, value: kind })),
  ...PROCEDURAL.map(([p, kind]) => ({ phrase: p, category: "procedure" as const, value: kind })),
  ...UNDERTAKINGS.map((p) => ({ phrase: p, category: "undertaking" as const, value: p })),
  ...REQUESTS.map((p) => ({ phrase: p, category: "request" as const, value: p })),
  { phrase: "against", category: "against", value: "against" },
  ...["motion", "amendment", "recommendation", "resolution status"].map((p) => ({
    phrase: p,
    category: "vote" as const,
    value: p,
  })),
  ...SUBJECT_WORDS.flatMap(([tag, words]) =>
    words.map((w) => ({ phrase: w, category: "subject" as const, value: tag })),
  ),
];

// Indexed by the first two characters of each phrase: at each word start only a handful are compared.
const INDEX = new Map<number, Entry[]>();
// For pairs of ASCII characters, a flag per pair says whether any phrase starts so: most word starts
// ("th", "an", "of") are ruled out without a map lookup.
const ASCII_PAIRS = new Uint8Array(128 * 128);
for (const e of ENTRIES) {
  const c0 = e.phrase.charCodeAt(0);
  const c1 = e.phrase.charCodeAt(1);
  const key = (c0 << 16) | c1;
  const list = INDEX.get(key) ?? [];
  list.push(e);
  INDEX.set(key, list);
  if (c0 < 128 && c1 < 128) ASCII_PAIRS[c0 * 128 + c1] = 1;
}

/**
 * Scans a lower-cased line once, word start by word start (jumping with the native `indexOf`), and
 * records the first phrase of each kind. Linear in the line's length, whatever the number of phrases.
 */
export function scanLine(lower: string): LineScan {
  const scan: LineScan = { subjects: [] };
  const hits = scan as unknown as Record<string, Hit<unknown> | undefined>;
  let i = 0;
  while (i < lower.length - 1) {
    const c0 = lower.charCodeAt(i);
    const c1 = lower.charCodeAt(i + 1);
    const candidates =
      c0 < 128 && c1 < 128 && ASCII_PAIRS[c0 * 128 + c1] === 0 ? undefined : INDEX.get((c0 << 16) | c1);
    if (candidates) {
      for (const e of candidates) {
        if (e.category === "subject") {
          if (!scan.subjects.includes(e.value as SubjectTag) && lower.startsWith(e.phrase, i))
            scan.subjects.push(e.value as SubjectTag);
        } else if (
          hits[e.category] === undefined &&
          (i > 0 || !AFTER_SUBJECT.has(e.category)) &&
          lower.startsWith(e.phrase, i)
        ) {
          hits[e.category] = { index: i, phrase: e.phrase, value: e.value };
        }
      }
    }
    const space = lower.indexOf(" ", i);
    if (space < 0) break;
    i = space + 1;
  }
  return scan;
}
