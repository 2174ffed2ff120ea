import type { NoteKind } from "../model/note";
import type { Participant } from "../model/participant";
import { type LineScan, scanLine } from "./line-scan";
import { isPersonName, isRolePhrase } from "./people";

/** A note read from a line, with offsets within the line's content. */
export interface FoundNote {
  readonly kind: NoteKind;
  readonly text: [number, number];
  readonly participant?: Participant;
  readonly at?: string;
  /** A bracketed note ("[Clerk's Note - ...") whose closing bracket is missing. */
  readonly unclosed?: boolean;
}

// Labelled notes: "[Clerk's Note - ...]", "Clerk’s note:", "Post meeting note:" (meetings reference §3.5).
const LABELS: readonly [string, NoteKind][] = [
  ["clerk's note", "clerks-note"],
  ["clerk’s note", "clerks-note"],
  ["clerks note", "clerks-note"],
  ["note from the clerk", "clerks-note"],
  ["post meeting note", "post-meeting-note"],
  ["post-meeting note", "post-meeting-note"],
  ["note post meeting", "post-meeting-note"],
  ["officer's note", "clerks-note"],
  ["officer’s note", "clerks-note"],
  ["note", "other"],
];

const SEPARATORS = new Set([" ", "-", "–", "—", ":", "."]);

function labelled(content: string, lower: string): FoundNote | undefined {
  const bracket = content[0] === "[" || content[0] === "(";
  const at = bracket ? 1 : 0;
  for (const [label, kind] of LABELS) {
    if (!lower.startsWith(label, at)) continue;
    let i = at + label.length;
    // A bare "Note" needs a colon or dash after it ("Note: ..."), or it is an ordinary word.
    if (
      label === "note" &&
      !(content[i] === ":" || content.startsWith(" -", i) || content.startsWith(" –", i))
    )
      return undefined;
    if (i < content.length && !SEPARATORS.has(content[i] ?? "")) return undefined;
    while (i < content.length && SEPARATORS.has(content[i] ?? "")) i++;
    let end = content.length;
    let unclosed = false;
    if (bracket) {
      const close = content.lastIndexOf(content[0] === "[" ? "]" : ")");
      if (close > i) end = close;
      else unclosed = true;
    }
    while (end > i && content[end - 1] === " ") end--;
    if (end <= i) return undefined;
    return { kind, text: [i, end], ...(unclosed ? { unclosed } : {}) };
  }
  return undefined;
}

/** The time in "at 9.40am", "at 6:45pm", "at 18.30" after `from`, as written. */
function timeAfter(content: string, lower: string, from: number): string | undefined {
  const at = lower.indexOf(" at ", from);
  if (at < 0 || at - from > 40) return undefined;
  let i = at + 4;
  const start = i;
  while (i < content.length && /[0-9.:]/.test(content[i] ?? "")) i++;
  if (i === start) return undefined;
  if (lower.startsWith(" am", i) || lower.startsWith(" pm", i)) i += 3;
  else if (lower.startsWith("am", i) || lower.startsWith("pm", i)) i += 2;
  return content.slice(start, i);
}

/** Reads a procedural or clerk's note in one line. */
export function noteIn(
  content: string,
  lower: string,
  scan: LineScan = scanLine(lower),
): FoundNote | undefined {
  const note = labelled(content, lower);
  if (note) return note;
  const movement = scan.movement;
  if (movement) {
    const { index, phrase, value: kind } = movement;
    const i = index - 1;
    const who = content.slice(0, i);
    const participant: Participant | undefined = isPersonName(who, true)
      ? { name: who }
      : isRolePhrase(who)
        ? { role: who.replace(/^(The|the) /, "") }
        : undefined;
    const at = timeAfter(content, lower, index + phrase.length - 1);
    return {
      kind,
      text: [0, content.length],
      ...(participant ? { participant } : {}),
      ...(at ? { at } : {}),
    };
  }
  const procedure = scan.procedure;
  if (procedure) {
    const kind = procedure.value;
    const at =
      kind === "adjournment" || kind === "resumption"
        ? timeAfter(content, lower, procedure.index)
        : undefined;
    return { kind, text: [0, content.length], ...(at ? { at } : {}) };
  }
  return undefined;
}
