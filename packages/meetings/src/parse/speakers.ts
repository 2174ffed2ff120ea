import { type FoundPerson, peopleIn } from "./people";

// "X, <role>, presented/gave/spoke ..." (meetings reference §3.3 and §4.4). Presenting verbs make a
// presenter; speaking verbs only a participant.
const PRESENTING = [
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
const SPEAKING = [
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

// Subjects that start a sentence about something other than a person.
const NOT_PEOPLE = [
  "it ",
  "this ",
  "that ",
  "these ",
  "those ",
  "there ",
  "he ",
  "she ",
  "they ",
  "we ",
  "i ",
  "details ",
  "in ",
  "when ",
  "further ",
  "whilst ",
  "while ",
  "if ",
  "as ",
  "following ",
  "after ",
  "a summary",
  "the summary",
  "the report",
  "the presentation",
  "the strategy",
  "the meeting",
];

/** The people a line says presented or spoke, with whether they presented. */
export interface Speakers {
  readonly people: FoundPerson[];
  readonly presenting: boolean;
}

function earliest(lower: string, verbs: readonly string[]): number {
  let best = -1;
  for (const v of verbs) {
    const i = lower.indexOf(v);
    if (i > 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** Finds "X, <role>, presented ..." (subject before the verb) or "... was presented by X, <role>". */
export function speakersIn(content: string, lower: string, at: number): Speakers | undefined {
  const by = lower.indexOf(" presented by ");
  const byIntro = by >= 0 ? by : lower.indexOf(" introduced by ");
  if (byIntro >= 0) {
    const from = byIntro + (by >= 0 ? 14 : 15);
    let to = content.indexOf(". ", from);
    if (to < 0) to = content.endsWith(".") ? content.length - 1 : content.length;
    const people = peopleIn(content.slice(from, to), at + from);
    if (people.length) return { people, presenting: true };
  }
  const p = earliest(lower, PRESENTING);
  const s = earliest(lower, SPEAKING);
  const verbAt = p >= 0 && (s < 0 || p <= s) ? p : s;
  if (verbAt <= 1 || verbAt > 200) return undefined;
  const first = content[0] ?? "";
  if (first === first.toLowerCase()) return undefined;
  for (const n of NOT_PEOPLE) if (lower.startsWith(n)) return undefined;
  let subject = content.slice(0, verbAt);
  if (subject.includes(". ") || subject.includes(";") || subject.includes(":")) return undefined;
  if (subject.endsWith(",")) subject = subject.slice(0, -1);
  // "Councillor X, who chairs the Board, ..." and other long clauses are not a subject we can read.
  if (subject.split(" ").length > 25) return undefined;
  const people = peopleIn(subject, at);
  if (!people.length) return undefined;
  return { people, presenting: verbAt === p };
}
