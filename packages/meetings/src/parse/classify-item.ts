import type { AgendaItemKind, SubjectTag } from "../model/agenda-item";

// Procedural items are known by their titles (meetings reference §4.2 AgendaItemKind).
const TITLE_KINDS: readonly [string, AgendaItemKind][] = [
  ["apologies", "apologies"],
  ["substitut", "substitutes"],
  ["declarations of interest", "declarations-of-interest"],
  ["declaration of interest", "declarations-of-interest"],
  ["disclosures of interest", "declarations-of-interest"],
  ["minutes of the previous", "minutes-of-previous-meeting"],
  ["minutes of the last", "minutes-of-previous-meeting"],
  ["minutes of previous", "minutes-of-previous-meeting"],
  ["matters arising", "matters-arising"],
  ["action log", "action-log"],
  ["action tracker", "action-log"],
  ["chair's announcements", "chairs-announcements"],
  ["chair’s announcements", "chairs-announcements"],
  ["appointment of vice", "appointment-of-vice-chair"],
  ["appointment of chair", "appointment-of-chair"],
  ["election of chair", "appointment-of-chair"],
  ["terms of reference", "terms-of-reference"],
  ["urgent business", "urgent-business"],
  ["exclusion of the press", "exclusion-of-press-and-public"],
  ["exclusion of press", "exclusion-of-press-and-public"],
  ["public questions", "public-questions"],
  ["work programme", "work-programme"],
  ["forward plan", "work-programme"],
  ["date of next meeting", "date-of-next-meeting"],
  ["dates of future meetings", "date-of-next-meeting"],
  ["any other business", "aob"],
  ["verbal update", "verbal-update"],
  ["annual report", "annual-report"],
  ["strategy", "strategy"],
  ["policy", "policy"],
  ["performance", "performance-report"],
  ["scorecard", "performance-report"],
  ["ofsted", "inspection"],
  ["inspection", "inspection"],
  ["voice of the child", "voice-of-child"],
  ["children in care council", "voice-of-child"],
  ["motion", "motion"],
  ["presentation", "presentation"],
  ["report", "report"],
  ["update", "report"],
];

/** The kind of an item from its title, then its purpose (the agenda's description). */
export function itemKind(title: string, purpose: string | undefined): AgendaItemKind {
  const t = title.toLowerCase();
  if (t === "aob") return "aob";
  for (const [word, kind] of TITLE_KINDS) if (t.includes(word)) return kind;
  const p = (purpose ?? "").toLowerCase();
  for (const [word, kind] of TITLE_KINDS) if (p.includes(word)) return kind;
  return "other";
}

// Subject keywords (meetings reference §4.2 SubjectTag), matched lower-case against the item text.
const SUBJECT_WORDS: readonly [SubjectTag, readonly string[]][] = [
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
  ["participation", ["participation", "children in care council", "voice of the child", "co-production", "advocacy"]],
  ["council-tax-exemption", ["council tax"]],
  ["placements", ["placement"]],
  ["staying-put", ["staying put"]],
  ["child-protection", ["child protection"]],
  ["family-help", ["family help", "early help"]],
  ["workforce", ["workforce", "work force", "agency social worker", "recruit"]],
];

/** The subjects an item is about, in table order, from words in its lower-cased text. */
export function subjectsOf(lower: string): SubjectTag[] {
  const out: SubjectTag[] = [];
  for (const [tag, words] of SUBJECT_WORDS) {
    for (const w of words) {
      if (lower.includes(w)) {
        out.push(tag);
        break;
      }
    }
  }
  return out;
}
