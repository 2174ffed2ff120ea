// Small tests on one line of minutes that the parser's main loop asks: is it a heading, a lead-in, a
// listing, a clause opener? Kept apart from the loop so each is short and testable.
import type { DiscussionKind } from "../model/discussion";
import { matchDecisionMarker } from "./decision-marker";
import { documentSection } from "./documents";
import type { ShapedLine } from "./line-shape";

// Clause-opening words for a line after a decision marker that has no label ("That ...", "To ...").
export const CLAUSE_OPENERS = ["that ", "to ", "and ", "(that "];

// Verbs that make a bare "That ..." line a decision (meetings reference §4.4, unlabelled decisions).
export const UNLABELLED_VERBS = [
  " be noted",
  " be approved",
  " be received",
  " be endorsed",
  " be adopted",
  " be agreed",
  " be supported",
  " be accepted",
  " be deferred",
  " be referred",
  " notes the",
  " note the",
  " approves",
  " endorses",
  " agrees",
  " receives",
];

/** Lower-cases without changing the length, so offsets found in the lower-case copy hold in the original. */
export function lowerOf(s: string): string {
  const lower = s.toLowerCase();
  return lower.length === s.length ? lower : s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export function listKind(lower: string): DiscussionKind {
  if (lower.includes("response") || lower.includes("answer") || lower.includes("it was confirmed"))
    return "response";
  if (lower.includes("comment") || lower.includes("discuss") || lower.includes("debate")) return "comment";
  if (lower.includes("question") || lower.includes("quer")) return "query";
  if (lower.includes("concern")) return "concern";
  return lower.includes("summary") ||
    lower.includes("presentation") ||
    lower.includes("highlight") ||
    lower.includes("spoke") ||
    lower.includes("key points") ||
    lower.includes("outlined") ||
    lower.includes("following")
    ? "summary"
    : "information";
}

/** A lead-in that introduces clauses: "For the reasons set out in the report: -", "That the Committee:". */
export function isLeadIn(content: string): boolean {
  let end = content.length;
  while (end > 0 && " -–—".includes(content[end - 1] ?? "")) end--;
  return end > 0 && content[end - 1] === ":";
}

/** Carried when more voted for than against (a tie is lost unless the chair's casting vote is minuted). */
export function countsResult(counts: { option: string; value: number }[]): "carried" | "lost" {
  const of = (o: string) => counts.find((c) => c.option === o)?.value ?? 0;
  return of("for") > of("against") ? "carried" : "lost";
}

/** "(1) To APPROVE the ..." on decision-record pages (meetings reference §3.1, files 017, 024, 028). */
export function isUpperCaseVerbClause(content: string): boolean {
  if (!content.startsWith("To ")) return false;
  const end = content.indexOf(" ", 3);
  const verb = content.slice(3, end < 0 ? content.length : end);
  return verb.length >= 3 && verb === verb.toUpperCase() && verb !== verb.toLowerCase();
}

/** A cheap test before reading a document listing: does the line end with a size unit ("418 KB")? */
export function endsWithSize(lower: string): boolean {
  let end = lower.length;
  if (lower[end - 1] === ".") end--;
  const c1 = lower[end - 1];
  const c2 = lower[end - 2];
  if (c1 === "b")
    return (
      c2 === "k" || c2 === "m" || c2 === "g" || c2 === " " || (c2 !== undefined && c2 >= "0" && c2 <= "9")
    );
  return lower.endsWith("bytes", end);
}

/** Ends like a sentence: a full stop, question mark or exclamation mark (a listing's title does not). */
export function isSentence(content: string): boolean {
  const last = content[content.length - 1];
  return last === "." || last === "?" || last === "!";
}

export function isHeading(shaped: ShapedLine, content: string): boolean {
  if (shaped.bullet || shaped.label || content.length > 80) return false;
  const last = content[content.length - 1] ?? "";
  if (".:;,?!".includes(last)) return false;
  const first = content[0] ?? "";
  if (first === first.toLowerCase()) return false;
  return content.split(" ").length <= 8;
}

export function looksLikeTitle(shaped: ShapedLine, content: string, lower: string): boolean {
  if (shaped.bullet || !content || content.length > 200) return false;
  if (content.endsWith(".") || content.endsWith(":") || content.endsWith(";")) return false;
  if (matchDecisionMarker(content, lower) || documentSection(lower)) return false;
  return true;
}

/**
 * `s` without the characters of `chars` at its end. A loop rather than `/[...]+$/`, which an engine
 * retries from every start inside a long run of those characters (quadratic time).
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] ?? "")) end--;
  return s.slice(0, end);
}
