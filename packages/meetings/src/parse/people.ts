import type { Participant } from "../model/participant";
import { trimEndOf } from "./line-kinds";

const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "cllr",
  "councillor",
  "professor",
  "prof",
  "sir",
  "dame",
  "rev",
  "reverend",
]);

// Words that make a phrase a role ("Head of Service"), never a personal name.
export const ROLE_WORDS = new Set([
  "director",
  "head",
  "manager",
  "officer",
  "officers",
  "lead",
  "chair",
  "chairman",
  "chairwoman",
  "chairperson",
  "vice-chair",
  "member",
  "members",
  "cabinet",
  "service",
  "services",
  "team",
  "council",
  "committee",
  "sub-committee",
  "board",
  "panel",
  "commission",
  "assistant",
  "deputy",
  "executive",
  "strategic",
  "senior",
  "principal",
  "designated",
  "independent",
  "virtual",
  "school",
  "nurse",
  "doctor",
  "advisor",
  "adviser",
  "representative",
  "coordinator",
  "co-ordinator",
  "clerk",
  "worker",
  "workers",
  "practitioner",
  "commissioner",
  "portfolio",
  "holder",
  "mayor",
  "leader",
  "solicitor",
  "lawyer",
  "consultant",
  "partner",
  "carer",
  "carers",
  "chief",
  "governor",
  "inspector",
  "iro",
  "administrator",
  "secretary",
  "specialist",
  "analyst",
  "champion",
  "ambassador",
  "apprentice",
  "person",
  "people",
  "mp",
  "myp",
  "cicc",
]);

function isCapitalised(token: string): boolean {
  const c = token[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

function isNameToken(token: string): boolean {
  if (!isCapitalised(token)) return false;
  if (ROLE_WORDS.has(token.toLowerCase())) return false;
  for (const ch of token) {
    if (ch === "-" || ch === "'" || ch === "’" || ch === ".") continue;
    if (ch.toLowerCase() === ch.toUpperCase()) return false; // digits, symbols
  }
  return true;
}

/**
 * True when a phrase reads as a personal name: an optional honorific ("Councillor", "Ms") and one to
 * four capitalised words, none of them a role word. A single bare word ("Luke") counts only when
 * `allowSingle` (a first-name-only young person speaking on their own).
 */
export function isPersonName(phrase: string, allowSingle = false): boolean {
  const tokens = phrase.split(" ").filter(Boolean);
  if (tokens.length === 0 || tokens.length > 5) return false;
  let rest = tokens;
  const first = tokens[0]!.toLowerCase().replace(/\.$/, "");
  const honorific = HONORIFICS.has(first);
  if (honorific) rest = tokens.slice(1);
  if (rest.length === 0 || rest.length > 4) return false;
  if (!honorific && rest.length === 1 && !allowSingle) return false;
  return rest.every(isNameToken);
}

/** True when a phrase names a role: it holds a role word ("Head of Service", "the lead officers"). */
export function isRolePhrase(phrase: string): boolean {
  for (const t of phrase.toLowerCase().split(" ")) {
    const w = trimEndOf(t, ",.;:()’'s");
    if (ROLE_WORDS.has(w) || ROLE_WORDS.has(t)) return true;
  }
  return false;
}

/** A participant found in a line, with where it came from. */
export interface FoundPerson {
  readonly participant: Participant;
  readonly start: number;
  readonly end: number;
}

function stripArticle(s: string): { text: string; cut: number } {
  for (const a of ["The ", "the ", "A ", "a ", "An ", "an "])
    if (s.startsWith(a)) return { text: s.slice(a.length), cut: a.length };
  return { text: s, cut: 0 };
}

/**
 * Reads the people in a subject such as "Susannah Beasley-Murray, Director of Supporting Families, and
 * Sheleena Powtoo, Improvement Delivery Lead" or "The Director of Children's Social Work": each name
 * starts a person, the comma-separated phrase after a name is that person's role, a phrase with no name
 * before it is a role-only participant. Returns nothing when the subject is not about people.
 */
export function peopleIn(subject: string, at: number): FoundPerson[] {
  const people: { name?: string; role?: string; start: number; end: number }[] = [];
  let pos = 0;
  const segments: { text: string; start: number }[] = [];
  for (const part of subject.split(",")) {
    const lead = part.length - part.trimStart().length;
    let text = part.trim();
    let start = pos + lead;
    if (text.startsWith("and ")) {
      text = text.slice(4);
      start += 4;
    }
    if (text) segments.push({ text, start });
    pos += part.length + 1;
  }
  for (const [k, seg] of segments.entries()) {
    let text = seg.text;
    // A lone first name ("Luke") counts as a name when it stands alone or a role follows it.
    const next = segments[k + 1];
    const single = segments.length === 1 || (next !== undefined && isRolePhrase(next.text));
    let start = seg.start;
    // "Jenny Taylor (head of clinical service)": name with role in brackets.
    const open = text.indexOf(" (");
    if (open > 0 && text.endsWith(")")) {
      const name = text.slice(0, open);
      if (isPersonName(name, true)) {
        people.push({ name, role: text.slice(open + 2, -1), start, end: start + text.length });
        continue;
      }
    }
    if (isPersonName(text, single)) {
      people.push({ name: text, start, end: start + text.length });
      continue;
    }
    // "Jane Smith and John Doe"; "the Head of Service and the Team Manager".
    const andAt = text.indexOf(" and ");
    if (andAt > 0) {
      const left = text.slice(0, andAt);
      const right = text.slice(andAt + 5);
      if (isPersonName(left) && isPersonName(right)) {
        people.push({ name: left, start, end: start + left.length });
        people.push({ name: right, start: start + andAt + 5, end: start + text.length });
        continue;
      }
      if (right.startsWith("the ") && isRolePhrase(left) && isRolePhrase(right)) {
        const l = stripArticle(left);
        people.push({ role: l.text, start: start + l.cut, end: start + left.length });
        people.push({ role: right.slice(4), start: start + andAt + 9, end: start + text.length });
        continue;
      }
    }
    const current = people[people.length - 1];
    const stripped = stripArticle(text);
    text = stripped.text;
    start += stripped.cut;
    if (!text) continue;
    if (current?.name && current.role === undefined) {
      current.role = text;
      current.end = start + text.length;
    } else if (isRolePhrase(text)) {
      people.push({ role: text, start, end: start + text.length });
    } else {
      return [];
    }
  }
  return people.map((p) => {
    const participant: Participant = {};
    if (p.name) participant.name = p.name;
    if (p.role) participant.role = p.role;
    return { participant, start: at + p.start, end: at + p.end };
  });
}

function surname(name: string): string {
  const tokens = name.split(" ");
  return (tokens[tokens.length - 1] ?? "").toLowerCase();
}

/**
 * The participants of an item without repeats: a participant already known by the same name, by the
 * same surname ("Ms Beasley-Murray" after "Susannah Beasley-Murray"), or (role only) by the same role,
 * is not added again. Indexed by name, surname and role, so adding stays constant-time however many
 * people the minutes name.
 */
export class ParticipantList {
  private readonly byName = new Map<string, Participant>();
  private readonly byRole = new Map<string, Participant>();

  constructor(readonly items: Participant[]) {
    for (const p of items) this.index(p);
  }

  private index(p: Participant): void {
    if (p.name) {
      this.byName.set(`n:${p.name}`, p);
      this.byName.set(`s:${surname(p.name)}`, p);
    }
    if (p.role) this.byRole.set(p.role.toLowerCase(), p);
  }

  add(p: Participant): void {
    if (p.name) {
      const q = this.byName.get(`n:${p.name}`) ?? this.byName.get(`s:${surname(p.name)}`);
      if (q) {
        if (!q.role && p.role) {
          q.role = p.role;
          this.byRole.set(p.role.toLowerCase(), q);
        }
        return;
      }
    } else if (p.role && this.byRole.has(p.role.toLowerCase())) {
      // "the Leaving Care Team Manager said" after "Tom Greene, Leaving Care Team Manager, gave ...".
      return;
    }
    const copy = { ...p };
    this.items.push(copy);
    this.index(copy);
  }
}

/** Adds a participant to a list unless it is already there (see {@link ParticipantList}). */
export function addParticipant(list: ParticipantList, p: Participant): void {
  list.add(p);
}
