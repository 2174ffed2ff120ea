import type { AgendaItemKind, SubjectTag } from "../model/agenda-item";
import { SUBJECT_WORDS } from "./phrases";

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
  ["local offer", "policy"],
  ["pledge", "policy"],
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

const ORDER = new Map(SUBJECT_WORDS.map(([tag], i) => [tag, i]));

/** Subjects found (line by line, see `scanLine`) put in table order. */
export function inTableOrder(found: Iterable<SubjectTag>): SubjectTag[] {
  return [...found].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
