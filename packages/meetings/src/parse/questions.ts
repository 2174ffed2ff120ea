import type { Participant } from "../model/participant";
import { trimEndOf } from "./line-kinds";
import { type LineScan, scanLine } from "./line-scan";
import { isPersonName, isRolePhrase, peopleIn } from "./people";

// Verbs that open an answer: "..., it was explained that ...", "..., the Director confirmed ...".
const ANSWER_VERBS = [
  "explained",
  "confirmed",
  "advised",
  "said",
  "stated",
  "replied",
  "responded",
  "reported",
  "clarified",
  "noted",
  "informed",
  "assured",
  "acknowledged",
  "commented",
  "highlighted",
  "added",
  "indicated",
  "agreed",
  "undertook",
  "outlined",
];

// Each lead with where the question's own words start ("When asked whether ..." keeps "asked whether ...").
const QUESTION_LEADS: readonly [string, number][] = [
  ["in response to ", 15],
  ["in answer to ", 13],
  ["in reply to ", 12],
  ["responding to ", 14],
  ["when asked ", 5],
  ["when questioned ", 5],
  ["further to questions ", 11],
  ["further to a question ", 11],
  ["further to the question ", 11],
];

/** A question read from one line, with offsets relative to the line's content. */
export interface FoundQuestion {
  readonly text: [number, number];
  readonly asker?: Participant;
  readonly answer?: { readonly text: [number, number]; readonly by?: Participant };
  /** True when the line introduces answers that follow as a list ("Further to questions ..., X;"). */
  readonly introducesResponses: boolean;
  /** Who gives the listed responses ("Susannah Beasley-Murray"). */
  readonly responder?: Participant;
}

function trimRange(s: string, a: number, b: number): [number, number] {
  while (a < b && (s[a] === " " || s[a] === ",")) a++;
  while (b > a && (s[b - 1] === " " || s[b - 1] === "," || s[b - 1] === ";" || s[b - 1] === ":")) b--;
  return [a, b];
}

/** Whether the words after a comma open an answer; returns who answered when they name someone. */
function answerAfter(segment: string): { by?: Participant } | undefined {
  const words = segment.split(" ", 12);
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] ?? "").toLowerCase().replace(/[,.]$/, "");
    if (ANSWER_VERBS.includes(w)) {
      const subject = words.slice(0, i).join(" ");
      if (subject === "" || i > 6) return {};
      // "it was explained", "members were informed": the answer is there, but no one is named.
      const last = (words[i - 1] ?? "").toLowerCase();
      if (["was", "were", "had", "has", "been", "is", "are", "be"].includes(last)) return {};
      const cleaned = subject.replace(/^(the|a|an) /i, "");
      if (isPersonName(subject)) return { by: { name: subject } };
      if (isRolePhrase(cleaned)) return { by: { role: cleaned } };
      return {};
    }
  }
  return undefined;
}

/** The asker named after "questions from", "a query from". */
function askerFrom(q: string): Participant | undefined {
  const at = q.indexOf(" from ");
  if (at < 0) return undefined;
  let who = q.slice(at + 6).trim();
  for (const a of ["the ", "The ", "a ", "A "]) if (who.startsWith(a)) who = who.slice(a.length);
  if (!who || who.split(" ").length > 6) return undefined;
  return isPersonName(who) ? { name: who } : { role: who };
}

/**
 * Reads a question in one line: "In response to a query about X, it was explained that Y",
 * "When asked whether X, the Head of Service said Y", "A member raised X. The Director responded Y",
 * and the list form "Further to questions from the sub-committee, Susannah Beasley-Murray;".
 */
export function questionIn(
  content: string,
  lower: string,
  scan: LineScan = scanLine(lower),
): FoundQuestion | undefined {
  for (const [lead, from] of QUESTION_LEADS) {
    if (!lower.startsWith(lead)) continue;
    // Split at the first comma after which an answer starts.
    let comma = content.indexOf(",", from);
    while (comma >= 0) {
      const next = content.indexOf(",", comma + 1);
      const segment = content.slice(comma + 1, next < 0 ? content.length : next).trim();
      const answer = answerAfter(segment);
      if (answer) {
        const text = trimRange(content, from, comma);
        const q = content.slice(text[0], text[1]);
        const asker = askerFrom(q);
        const ans = trimRange(content, comma + 1, content.length);
        if (ans[1] - ans[0] < 2) break;
        return {
          text,
          ...(asker ? { asker } : {}),
          answer: {
            text: [ans[0], content.endsWith(".") ? content.length : ans[1]],
            ...(answer.by ? { by: answer.by } : {}),
          },
          introducesResponses: false,
        };
      }
      // "Further to questions from the sub-committee, Susannah Beasley-Murray;" — responses follow.
      // (A name is short: looking only near the end keeps a line with many commas linear.)
      if (
        content.length - comma <= 120 &&
        (lead.startsWith("further to") ||
          lead.startsWith("in response to") ||
          lead.startsWith("in answer to"))
      ) {
        const rest = trimEndOf(content.slice(comma + 1).trim(), ";:,.-");
        const people = rest ? peopleIn(rest, 0) : [];
        if (
          people.length === 1 &&
          (content.endsWith(";") || content.endsWith(":") || content.endsWith(":-"))
        ) {
          const text = trimRange(content, from, comma);
          const asker = askerFrom(content.slice(text[0], text[1]));
          return {
            text,
            ...(asker ? { asker } : {}),
            introducesResponses: true,
            responder: people[0]!.participant,
          };
        }
      }
      comma = next;
    }
    // "In response to Members' question it was confirmed that:" + a list of answers.
    if (content.endsWith(":") || content.endsWith(":-")) {
      const itWas = lower.indexOf(" it was ");
      const end = itWas > from ? itWas : content.length;
      const text = trimRange(content, from, end);
      if (text[1] > text[0]) return { text, introducesResponses: true };
    }
    return undefined;
  }
  // "A member raised ...", "Members queried ...": the question is the first sentence.
  const verbAt = scan.asking ? scan.asking.index - 1 : -1; // the space before the verb
  if (verbAt > 0 && verbAt < 80) {
    const subject = content.slice(0, verbAt);
    const cleaned = subject.replace(/^(the|a|an) /i, "");
    const asker: Participant | undefined = isPersonName(subject)
      ? { name: subject }
      : isRolePhrase(cleaned)
        ? { role: cleaned }
        : undefined;
    if (!asker) return undefined;
    const stop = sentenceEnd(content, verbAt);
    const text: [number, number] = [0, stop];
    const rest = content.slice(stop).trim();
    if (rest) {
      const answer = answerAfter(rest.replace(/^In (response|reply),? /, ""));
      if (answer) {
        const start = content.length - rest.length;
        return {
          text,
          asker,
          answer: { text: [start, content.length], ...(answer.by ? { by: answer.by } : {}) },
          introducesResponses: false,
        };
      }
    }
    return { text, asker, introducesResponses: false };
  }
  return undefined;
}

/** End (exclusive, after the full stop or question mark) of the sentence containing `from`. */
export function sentenceEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (
      (c === "." || c === "?" || c === "!") &&
      (i + 1 === s.length || (s[i + 1] === " " && isUpperAt(s, i + 2)))
    )
      return i + 1;
  }
  return s.length;
}

function isUpperAt(s: string, i: number): boolean {
  const c = s[i];
  return c !== undefined && c !== c.toLowerCase();
}

/** Whether a line answers a question asked in the line before ("The Head of Service confirmed ..."). */
export function answerLine(content: string): { by?: Participant } | undefined {
  const first = content.split(".", 1)[0] ?? "";
  return answerAfter(first.replace(/^In (response|reply),? /, ""));
}
