import type { Participant } from "../model/participant";
import { trimEndOf } from "./line-kinds";
import { type LineScan, scanLine } from "./line-scan";
import { isPersonName, isRolePhrase, peopleIn, ROLE_WORDS } from "./people";

/** An owner phrase as a participant: a name, or a role ("Clerk", "the lead officers"). */
export function ownerOf(phrase: string): Participant | undefined {
  let p = phrase.trim();
  while (p.endsWith(".") || p.endsWith(",") || p.endsWith(")") || p.endsWith(";"))
    p = p.slice(0, -1).trimEnd();
  if (!p || p.split(" ").length > 12) return undefined;
  // "Councillor Barrie Hargrove, Cabinet Member for Children": a name with its role.
  if (p.includes(", ")) {
    const people = peopleIn(p, 0);
    if (people.length === 1) return people[0]!.participant;
  }
  if (p.split(" ").length > 8) return undefined;
  const open = p.indexOf(" (");
  if (open > 0) {
    const name = p.slice(0, open);
    const role = p.slice(open + 2);
    if (isPersonName(name, true)) return role ? { name, role } : { name };
  }
  if (isPersonName(p, true)) return { name: p };
  const role = p.replace(/^(the|The) /, "");
  if (isRolePhrase(role) || role.split(" ").length <= 3) return role ? { role } : undefined;
  return undefined;
}

/** An explicit action marker in a line (meetings reference §3.2 and §4.4). */
export interface ActionMarker {
  /** Offsets of the action's own text within the content, when the line has it. */
  readonly text?: [number, number];
  readonly owner?: Participant;
}

function trimEnd(s: string, a: number, b: number): [number, number] {
  while (b > a && (s[b - 1] === " " || s[b - 1] === "-" || s[b - 1] === "–" || s[b - 1] === ":")) b--;
  while (a < b && s[a] === " ") a++;
  return [a, b];
}

/**
 * "ACTION – Tammy Wheatley" (the action is the line before), "... Masters. ACTION" (trailing), "(Action:
 * Clerk)" inside a line, and "ACTION: Officers to circulate the report" (text and owner in one).
 */
export function actionMarkerIn(content: string, lower: string): ActionMarker | undefined {
  if (
    content.startsWith("ACTION") ||
    content.startsWith("Action:") ||
    content.startsWith("Action -") ||
    content.startsWith("Action –")
  ) {
    let i = content.startsWith("ACTIONS") ? 7 : 6;
    if (
      i < content.length &&
      !(content[i] === " " || content[i] === ":" || content[i] === "-" || content[i] === "–")
    )
      return undefined;
    while (i < content.length && " :-–—".includes(content[i] ?? "")) i++;
    const rest = content.slice(i);
    if (!rest) return {};
    const owner = ownerOf(rest);
    // A short rest is the owner; a longer one is the action itself ("Officers to circulate ...").
    if (owner && rest.split(" ").length <= 5 && !rest.includes(" to ")) return { owner };
    const to = rest.indexOf(" to ");
    const actor = to > 0 ? ownerOf(rest.slice(0, to)) : undefined;
    return { text: [i, content.length], ...(actor ? { owner: actor } : {}) };
  }
  if (content.endsWith(" ACTION") || content.endsWith(" ACTION.")) {
    const end = content.lastIndexOf(" ACTION");
    const text = trimEnd(content, 0, end);
    return text[1] > text[0] ? { text } : undefined;
  }
  const open = lower.indexOf("(action:");
  const open2 = open >= 0 ? open : lower.indexOf("(action -");
  if (open2 > 0) {
    const close = content.indexOf(")", open2);
    const ownerText = content.slice(open2 + 8, close > 0 ? close : content.length).replace(/^[\s:-]+/, "");
    const owner = ownerOf(ownerText);
    const text = trimEnd(content, 0, open2);
    return { ...(text[1] > text[0] ? { text } : {}), ...(owner ? { owner } : {}) };
  }
  return undefined;
}

// Phrases that give someone something to do inside a resolution clause (meetings reference §3.2).
const TASK_PHRASES = [
  " to be ",
  "be invited",
  "be kept informed",
  "be updated",
  "be circulated",
  "be provided",
  "be submitted",
  "be shared",
  "be sent",
  "be made available",
  "be brought back",
  "be brought to",
  "a further report",
  "bring a report",
  "be reported",
  "be included",
  "be added",
  "be arranged",
  "be written",
  "be asked",
  "be requested",
  "be invited",
  "be presented",
  "be reviewed",
  "be developed",
  "be explored",
  "be considered at",
  "would be ",
  "would look",
  "would provide",
  "would circulate",
  "would report",
  "would update",
  "would arrange",
  "would follow",
  "will look",
  "will provide",
  "will circulate",
  "will report",
  "will be ",
  "report back",
  "received back",
  "receive an update",
  "receive a report",
  "receive a further",
  "update to the",
  "report to the",
  "to follow up",
  "to raise",
  "to circulate",
  "to provide",
  "to arrange",
  "to write",
  "to share",
  "to send",
  "to invite",
  "to report",
  "to update",
  "to submit",
  "to explore",
  "to review",
  "to investigate",
  "to liaise",
  "to ensure",
  "to bring",
  "to look",
];

// Clauses that start "To <verb>" and only record the body's own act, not a task for someone.
const OWN_ACTS = [
  "to note",
  "to receive",
  "to approve",
  "to agree",
  "to endorse",
  "to adopt",
  "to support",
  "to accept",
  "to comment",
  "to thank",
  "to welcome",
  "to recommend",
  "to confirm",
];

// Bare verbs after an officer in a resolution ("That the Director write to the DfE ...", the subjunctive).
const TASK_VERBS = new Set([
  "write",
  "report",
  "provide",
  "circulate",
  "arrange",
  "liaise",
  "contact",
  "review",
  "investigate",
  "explore",
  "bring",
  "present",
  "share",
  "send",
  "prepare",
  "update",
  "ensure",
  "raise",
  "follow",
  "look",
  "meet",
  "invite",
  "establish",
  "develop",
  "produce",
  "seek",
  "identify",
  "obtain",
  "undertake",
  "consider",
  "confirm",
]);
const NOT_OWNERS = new Set([
  "board",
  "committee",
  "sub-committee",
  "panel",
  "commission",
  "council",
  "cabinet",
  "members",
]);

/** "That the Director write to ...": the officer or person told to do something, by the verb after them. */
export function subjunctiveOwner(text: string): Participant | undefined {
  const start = text.startsWith("That ") || text.startsWith("that ") ? 5 : 0;
  let at = start;
  for (let w = 0; w < 10; w++) {
    const space = text.indexOf(" ", at);
    if (space < 0) return undefined;
    const next = text.indexOf(" ", space + 1);
    const word = text.slice(space + 1, next < 0 ? text.length : next);
    if (TASK_VERBS.has(word)) {
      const subject = text.slice(start, space);
      const lastWord = trimEndOf(subject.slice(subject.lastIndexOf(" ") + 1).toLowerCase(), ",)");
      // "X to raise" is read by clauseOwner; a body ("the Board receive") is no one's owner; the word
      // before the verb must end a role ("the Director", "Team Manager") or the subject be a name.
      if (lastWord === "to" || NOT_OWNERS.has(lastWord)) return undefined;
      if (!ROLE_WORDS.has(lastWord) && !isPersonName(subject, true)) return undefined;
      const owner = ownerOf(subject);
      return owner && (owner.name || isRolePhrase(owner.role ?? "")) ? owner : undefined;
    }
    at = space + 1;
  }
  return undefined;
}

/** Whether a resolution clause gives someone something to do. */
export function isTaskClause(text: string): boolean {
  if (subjunctiveOwner(text)) return true;
  const lower = text.toLowerCase();
  if (lower.startsWith("to ")) {
    for (const own of OWN_ACTS) if (lower.startsWith(own)) return false;
    return true;
  }
  for (const p of TASK_PHRASES) if (lower.includes(p)) return true;
  return false;
}

/** The owner of a task clause: "X to raise ..." (active), "the Director write ..." or "... by the lead officers" (passive). */
export function clauseOwner(text: string): Participant | undefined {
  const subjunctive = subjunctiveOwner(text);
  if (subjunctive) return subjunctive;
  const lower = text.toLowerCase();
  const subjectStart = lower.startsWith("that ") ? 5 : 0;
  const to = lower.indexOf(" to ", subjectStart);
  if (to > subjectStart && !lower.startsWith(" to be ", to)) {
    const actor = ownerOf(text.slice(subjectStart, to));
    if (actor && (actor.name || isRolePhrase(actor.role ?? ""))) return actor;
  }
  const by = lower.lastIndexOf(" by ");
  if (by > 0) {
    const actor = ownerOf(text.slice(by + 4));
    if (actor && (actor.name || isRolePhrase(actor.role ?? ""))) return actor;
  }
  return undefined;
}

/** An undertaking or request in a narrative line: the sentence it is in and who gave it. */
export function undertakingIn(
  content: string,
  lower: string,
  scan: LineScan = scanLine(lower),
): { sentence: [number, number]; origin: "undertaking" | "request"; owner?: Participant } | undefined {
  let origin: "undertaking" | "request" = "undertaking";
  let found = scan.undertaking;
  if (!found) {
    found = scan.request;
    origin = "request";
  }
  if (!found) return undefined;
  const at = found.index;
  // The sentence around the phrase.
  let start = 0;
  for (let i = at - 1; i > 0; i--) {
    if ((content[i - 1] === "." || content[i - 1] === "?" || content[i - 1] === ";") && content[i] === " ") {
      start = i + 1;
      break;
    }
  }
  let end = content.length;
  for (let i = at; i < content.length - 1; i++) {
    if ((content[i] === "." || content[i] === "?") && content[i + 1] === " ") {
      end = i + 1;
      break;
    }
  }
  const sentence: [number, number] = [start, end];
  // Who undertook: the words before the phrase, when they name someone.
  const subject = content.slice(start, at).trim();
  const owner =
    origin === "undertaking" && subject && !subject.includes(" that ") ? ownerOf(subject) : undefined;
  const keep = owner && (owner.name || isRolePhrase(owner.role ?? ""));
  return { sentence, origin, ...(keep ? { owner } : {}) };
}
