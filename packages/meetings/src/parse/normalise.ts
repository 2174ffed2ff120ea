/**
 * Whitespace-normalises minutes text, the form every span and every parsed text refers to:
 * line breaks unified (`\r\n`, `\r`, U+2028/U+2029, vertical tab, form feed -> `\n`); every other
 * white space, including the non-breaking spaces ModernGov exports are full of, becomes one space;
 * lines are trimmed and blank lines dropped. Nothing else changes: bullets, page chrome and
 * punctuation stay, so a parsed text is always a substring of the result.
 */
export function normaliseMinutes(text: string): string {
  // One pass over the characters. Text that is already normal (words separated by one ASCII space) is
  // copied in whole runs; every other run of white space becomes one "\n" if it holds a line break,
  // else one " ", and nothing at the start or end of the text.
  const out: string[] = [];
  const n = text.length;
  let runStart = 0;
  let i = 0;
  let written = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) {
      i++;
      continue;
    }
    if (c === 32 && i > 0 && i + 1 < n && !isSpace(text.charCodeAt(i + 1))) {
      i++; // a single space between words: keep it in the run
      continue;
    }
    if (runStart < i) {
      out.push(text.slice(runStart, i));
      written = true;
    }
    let lineBreak = false;
    while (i < n) {
      const w = text.charCodeAt(i);
      if (!isSpace(w)) break;
      if (isLineBreak(w)) lineBreak = true;
      i++;
    }
    runStart = i;
    if (written && i < n) out.push(lineBreak ? "\n" : " ");
  }
  if (runStart < n) out.push(text.slice(runStart, n));
  return out.join("");
}

/** The characters JavaScript's `\s` matches: ASCII white space, NBSP, the Unicode space separators, BOM. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Line breaks: LF, VT, FF, CR, and the Unicode line and paragraph separators. */
function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || c === 0x2028 || c === 0x2029;
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
