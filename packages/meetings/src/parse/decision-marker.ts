import type { DecisionFormality, DecisionMarker } from "../model/decision";

/** A decision marker found at the start of a line. */
export interface MarkerMatch {
  /** The marker as written, e.g. "RESOLVED that", "AGREED:", "The committee agreed (as suggested by X), that". */
  readonly marker: string;
  readonly markerKind: DecisionMarker;
  readonly kind: DecisionFormality;
  readonly unanimous: boolean;
  /** Offset (within the content) where the text after the marker begins. */
  readonly restAt: number;
}

// Bodies that "agree" in "The committee agreed ..." (meetings reference §3.1: "The Panel agreed.").
const BODY_WORDS = new Set([
  "committee",
  "sub-committee",
  "subcommittee",
  "board",
  "panel",
  "commission",
  "cabinet",
  "council",
  "members",
  "meeting",
  "forum",
  "group",
  "partnership",
  "executive",
  "mayor",
]);

const PUNCTUATION = new Set([":", "-", "–", "—", ","]);

function isWordEnd(s: string, i: number): boolean {
  const c = s[i];
  return c === undefined || !((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
}

/**
 * After the marker's keyword: an optional "(unanimously)"/"unanimously"/"(nem. con.)", punctuation
 * (":-", "–", ","), and a lower-case or line-final "that"/"That:". Returns where the clause text starts.
 */
function afterKeyword(s: string, i: number): { at: number; unanimous: boolean } {
  let unanimous = false;
  let at = i;
  const skipSpaces = () => {
    while (s[at] === " ") at++;
  };
  skipSpaces();
  if (s[at] === "(") {
    const close = s.indexOf(")", at);
    if (close > at && close - at < 60) {
      const inner = s.slice(at + 1, close).toLowerCase();
      if (inner.includes("unanim") || inner.includes("nem")) unanimous = true;
      at = close + 1;
      skipSpaces();
    }
  }
  if (s.startsWith("unanimously", at) || s.startsWith("UNANIMOUSLY", at)) {
    unanimous = true;
    at += 11;
    skipSpaces();
  }
  while (PUNCTUATION.has(s[at] ?? "")) {
    at++;
    skipSpaces();
  }
  // "that" belongs to the marker when lower-case ("RESOLVED that the minutes ...") or when nothing
  // follows it but punctuation ("RESOLVED that:", "RESOLVED That -"); "That the report be noted" is a clause.
  if ((s.startsWith("that", at) || s.startsWith("That", at) || s.startsWith("THAT", at)) && isWordEnd(s, at + 4)) {
    let j = at + 4;
    while (s[j] === " " || PUNCTUATION.has(s[j] ?? "")) j++;
    if (s[at] === "t" || j >= s.length) {
      at = j;
    }
  }
  return { at, unanimous };
}

function match(
  s: string,
  keywordEnd: number,
  markerKind: DecisionMarker,
  kind: DecisionFormality,
): MarkerMatch {
  const { at, unanimous } = afterKeyword(s, keywordEnd);
  return { marker: s.slice(0, at).trimEnd(), markerKind, kind, unanimous, restAt: at };
}

const UPPER_MARKERS: readonly [string, DecisionMarker, DecisionFormality][] = [
  ["RESOLVED", "resolved", "formal-resolution"],
  ["AGREED", "agreed", "agreement"],
  ["DECISIONS", "decision", "formal-resolution"],
  ["DECISION", "decision", "formal-resolution"],
  ["RECOMMENDATIONS", "recommended", "recommendation"],
  ["RECOMMENDATION", "recommended", "recommendation"],
  ["RECOMMENDED", "recommended", "recommendation"],
];

// Mixed-case keywords are ordinary words too, so they count only when followed by that/:/-/– or the end.
const MIXED_MARKERS: readonly [string, DecisionMarker, DecisionFormality][] = [
  ["Resolved", "resolved", "formal-resolution"],
  ["Agreed", "agreed", "agreement"],
  ["Decisions", "decision", "formal-resolution"],
  ["Decision", "decision", "formal-resolution"],
  ["Recommended", "recommended", "recommendation"],
];

const IT_WAS: readonly [string, DecisionMarker, DecisionFormality][] = [
  ["it was proposed, seconded and agreed", "proposed-seconded-agreed", "agreement"],
  ["it was proposed, seconded and resolved", "proposed-seconded-agreed", "formal-resolution"],
  ["it was moved, seconded and agreed", "proposed-seconded-agreed", "agreement"],
  ["it was moved, seconded and resolved", "proposed-seconded-agreed", "formal-resolution"],
  ["it was unanimously agreed", "it-was-agreed", "agreement"],
  ["it was unanimously resolved", "it-was-resolved", "formal-resolution"],
  ["it was agreed", "it-was-agreed", "agreement"],
  ["it was resolved", "it-was-resolved", "formal-resolution"],
  ["it was recommended", "recommended", "recommendation"],
];

const NO_DECISION = [
  "no formal decisions were taken",
  "no formal decision was taken",
  "no decisions were taken",
  "no decision was taken",
  "no decisions were made",
  "there were no decisions",
];

/** "The <body> [unanimously] agreed|resolved|recommended ..." within the first words of a line. */
function bodyAgreed(s: string, lower: string): MarkerMatch | undefined {
  if (!lower.startsWith("the ")) return undefined;
  let at = 4;
  let sawBody = false;
  for (let w = 0; w < 6 && at < s.length; w++) {
    let end = s.indexOf(" ", at);
    if (end < 0) end = s.length;
    let word = lower.slice(at, end);
    if (word.endsWith(",") || word.endsWith(".")) word = word.slice(0, -1);
    if (BODY_WORDS.has(word)) sawBody = true;
    else if (sawBody && (word === "agreed" || word === "resolved" || word === "recommended")) {
      const kind: DecisionFormality =
        word === "recommended" ? "recommendation" : word === "resolved" ? "formal-resolution" : "agreement";
      const markerKind: DecisionMarker =
        word === "recommended" ? "recommended" : lower.startsWith("the mayor") ? "mayor-agreed" : "body-agreed";
      // "agreed to note ..." keeps "to note ..." as the clause; "agreed." alone has no clause.
      const m = match(s, at + word.length, markerKind, kind);
      return { ...m, unanimous: m.unanimous || lower.slice(0, at).includes("unanimously") };
    } else if (word !== "unanimously" && !/^[a-z'’-]+$/.test(word)) return undefined;
    at = end + 1;
  }
  return undefined;
}

/** Finds a decision marker at the start of a line's content (bullet and label already removed). */
export function matchDecisionMarker(content: string, lower: string): MarkerMatch | undefined {
  for (const [word, markerKind, kind] of UPPER_MARKERS) {
    if (content.startsWith(word) && isWordEnd(content, word.length)) return match(content, word.length, markerKind, kind);
  }
  for (const [word, markerKind, kind] of MIXED_MARKERS) {
    if (!content.startsWith(word) || !isWordEnd(content, word.length)) continue;
    const rest = content.slice(word.length, word.length + 8).trimStart();
    if (rest === "" || PUNCTUATION.has(rest[0] ?? "") || rest.startsWith("that") || rest.startsWith("(") || rest.startsWith("unanimously"))
      return match(content, word.length, markerKind, kind);
  }
  if (lower.startsWith("it was ")) {
    for (const [phrase, markerKind, kind] of IT_WAS) {
      if (lower.startsWith(phrase) && isWordEnd(lower, phrase.length)) {
        const m = match(content, phrase.length, markerKind, kind);
        return phrase.includes("unanimously") ? { ...m, unanimous: true } : m;
      }
    }
  }
  for (const phrase of NO_DECISION) {
    if (lower.startsWith(phrase))
      return { marker: content.slice(0, phrase.length), markerKind: "no-decision", kind: "no-decision-recorded", unanimous: false, restAt: content.length };
  }
  return bodyAgreed(content, lower);
}
