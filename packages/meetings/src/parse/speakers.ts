import { type LineScan, scanLine } from "./line-scan";
import { type FoundPerson, peopleIn } from "./people";

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

const AUXILIARIES = new Set(["was", "were", "is", "are", "be", "been", "being", "had", "has", "have"]);
const BODIES = new Set([
  "board",
  "committee",
  "sub-committee",
  "panel",
  "commission",
  "council",
  "cabinet",
  "meeting",
  "forum",
  "partnership",
]);

/** The people a line says presented or spoke, with whether they presented. */
export interface Speakers {
  readonly people: FoundPerson[];
  readonly presenting: boolean;
}

/** Finds "X, <role>, presented ..." (subject before the verb) or "... was presented by X, <role>". */
export function speakersIn(
  content: string,
  lower: string,
  at: number,
  scan: LineScan = scanLine(lower),
): Speakers | undefined {
  if (scan.presentedBy) {
    const from = scan.presentedBy.index + scan.presentedBy.phrase.length;
    let to = content.indexOf(". ", from);
    if (to < 0) to = content.endsWith(".") ? content.length - 1 : content.length;
    const people = peopleIn(content.slice(from, to), at + from);
    if (people.length) return { people, presenting: true };
  }
  const verb = scan.verb;
  if (!verb || verb.index > 201) return undefined;
  const verbAt = verb.index - 1; // the space before the verb
  const first = content[0] ?? "";
  if (first === first.toLowerCase()) return undefined;
  for (const n of NOT_PEOPLE) if (lower.startsWith(n)) return undefined;
  let subject = content.slice(0, verbAt);
  if (subject.includes(". ") || subject.includes(";") || subject.includes(":")) return undefined;
  if (subject.endsWith(",")) subject = subject.slice(0, -1);
  // "Councillor X, who chairs the Board, ..." and other long clauses are not a subject we can read.
  if (subject.split(" ").length > 25) return undefined;
  // "The Board was informed that": passive, no one spoke. "The Board noted": the body, not a participant.
  const words = subject.toLowerCase().split(" ");
  if (AUXILIARIES.has(words[words.length - 1] ?? "")) return undefined;
  if (words.length <= 3 && BODIES.has(words[words.length - 1] ?? "")) return undefined;
  const people = peopleIn(subject, at);
  if (!people.length) return undefined;
  return { people, presenting: verb.value };
}
