/**
 * Whitespace-normalises minutes text, the form every span and every parsed text refers to:
 * line breaks unified (`\r\n`, `\r`, U+2028/U+2029, vertical tab, form feed -> `\n`); every other
 * white space, including the non-breaking spaces ModernGov exports are full of, becomes one space;
 * lines are trimmed and blank lines dropped. Nothing else changes: bullets, page chrome and
 * punctuation stay, so a parsed text is always a substring of the result.
 */
export function normaliseMinutes(text: string): string {
  // Each pattern is one character class (no nested quantifiers), so replacement is linear.
  const unified = text.replace(/\r\n?|[\u2028\u2029\v\f]/g, "\n").replace(/[^\S\n]+/g, " ");
  const out: string[] = [];
  for (const line of unified.split("\n")) {
    const trimmed = line.trim();
    if (trimmed) out.push(trimmed);
  }
  return out.join("\n");
}

/** One line of normalised text with its offset. */
export interface SourceLine {
  /** 0-based index among the normalised lines. */
  readonly index: number;
  readonly text: string;
  /** Offset of the line's first character in the normalised text. */
  readonly start: number;
}

/** Splits normalised text into lines with offsets. */
export function linesOf(normalised: string): SourceLine[] {
  const lines: SourceLine[] = [];
  if (!normalised) return lines;
  let start = 0;
  let index = 0;
  for (const text of normalised.split("\n")) {
    lines.push({ index, text, start });
    start += text.length + 1;
    index++;
  }
  return lines;
}
