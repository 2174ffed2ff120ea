import { provisions as catalogue } from "../catalogue/provisions";
import type { Provision } from "../model/provision";

/** Lower case, letters and digits only, single spaces: "Multi-agency" and "multi agency" compare equal. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const STOP_WORDS = new Set([
  "the",
  "and",
  "for",
  "with",
  "from",
  "that",
  "this",
  "into",
  "are",
  "was",
  "who",
]);

function words(text: string): string[] {
  return normalise(text)
    .split(" ")
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
}

interface Prepared {
  readonly names: readonly string[];
  readonly words: ReadonlySet<string>;
}

// Normalising every name on every search dominates the cost; provisions are immutable, so cache per object.
const prepared = new WeakMap<Provision, Prepared>();

function prepare(provision: Provision): Prepared {
  let entry = prepared.get(provision);
  if (!entry) {
    const names = [provision.title, ...provision.aliases].map(normalise);
    entry = { names, words: new Set(words(`${names.join(" ")} ${provision.summary}`)) };
    prepared.set(provision, entry);
  }
  return entry;
}

/** One search hit: the provision and how well it matched (higher is better). */
export interface ProvisionMatch {
  readonly provision: Provision;
  readonly score: number;
}

/**
 * Finds provisions a phrase from committee papers refers to ("family group conferences", "profits cap",
 * "single identification number"). A provision matches when one of its names (title or aliases) equals
 * the phrase (score 3), occurs in it (2) or contains it (1), or when every word of the phrase appears in
 * its names and summary (0.5). Results are best first; ties keep catalogue order.
 */
export function searchProvisions(phrase: string, list: readonly Provision[] = catalogue): ProvisionMatch[] {
  const query = normalise(phrase);
  if (query === "") return [];
  const queryWords = words(phrase);
  const out: ProvisionMatch[] = [];
  for (const provision of list) {
    const { names, words: haystack } = prepare(provision);
    let score = 0;
    for (const name of names) {
      if (name === query) score = Math.max(score, 3);
      else if (` ${query} `.includes(` ${name} `)) score = Math.max(score, 2);
      else if (` ${name} `.includes(` ${query} `)) score = Math.max(score, 1);
    }
    if (score === 0 && queryWords.length > 0) {
      if (queryWords.every((w) => haystack.has(w))) score = 0.5;
    }
    if (score > 0) out.push({ provision, score });
  }
  return out.sort((a, b) => b.score - a.score);
}
