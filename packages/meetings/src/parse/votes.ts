import type { MotionResult, VoteOption } from "../model/motion";

// Vote count labels in minutes and ModernGov recorded votes ("For: 7 Against: 2 Abstentions: 1";
// "Vote | For | Against | Abstain | Conflict Of Interests"; meetings reference §1.6 and §2).
const OPTIONS: readonly [string, VoteOption][] = [
  ["for", "for"],
  ["in favour", "for"],
  ["against", "against"],
  ["abstentions", "abstain"],
  ["abstention", "abstain"],
  ["abstained", "abstain"],
  ["abstain", "abstain"],
  ["conflict of interests", "conflict-of-interest"],
  ["conflict of interest", "conflict-of-interest"],
  ["absent", "absent"],
];

/**
 * Reads vote counts from a line: "For: 7 Against: 2 Abstentions: 1", "(For 7, Against 2, Abstain 1)",
 * "For – 7; Against – 2". Needs at least "for" and "against", each followed by a number.
 */
export function voteCountsIn(lower: string): { option: VoteOption; value: number }[] | undefined {
  const counts: { option: VoteOption; value: number }[] = [];
  let i = 0;
  while (i < lower.length) {
    // At a word start, try each label.
    if (i === 0 || " (,;".includes(lower[i - 1] ?? "")) {
      for (const [label, option] of OPTIONS) {
        if (!lower.startsWith(label, i)) continue;
        let j = i + label.length;
        while (j < lower.length && " :–-=".includes(lower[j] ?? "")) j++;
        const start = j;
        while (j < lower.length && j - start < 4 && lower[j]! >= "0" && lower[j]! <= "9") j++;
        if (j > start && !counts.some((c) => c.option === option)) {
          counts.push({ option, value: Number(lower.slice(start, j)) });
          i = j - 1;
        }
        break;
      }
    }
    i++;
  }
  const has = (o: VoteOption) => counts.some((c) => c.option === o);
  return has("for") && has("against") ? counts : undefined;
}

// "Resolution status: Carried" (ModernGov, file 044), "The motion was carried", "the amendment was lost".
const RESULTS: readonly [string, MotionResult][] = [
  ["carried", "carried"],
  ["was lost", "lost"],
  ["were lost", "lost"],
  ["not carried", "lost"],
  ["fell", "fell"],
  ["withdrawn", "withdrawn"],
  ["deferred", "deferred"],
  ["lost", "lost"],
];

/** The result of a motion stated in a line, and whether the line is about an amendment. */
export function motionResultIn(lower: string): { result: MotionResult; amendment: boolean } | undefined {
  const status = lower.startsWith("resolution status");
  const motion = lower.includes("motion") || lower.includes("amendment") || lower.includes("recommendation");
  if (!status && !motion) return undefined;
  if (!status && !(lower.includes(" was ") || lower.includes(" were ") || lower.includes(" fell")))
    return undefined;
  for (const [word, result] of RESULTS) {
    if (word === "carried" && lower.includes("not carried")) continue;
    if (lower.includes(word)) return { result, amendment: lower.includes("amendment") };
  }
  return undefined;
}
