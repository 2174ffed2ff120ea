import type { SourceLine } from "./normalise";

/** Bullet characters seen in exported minutes: `·` and `•` (level 1), `o` and `◦` (level 2), Word's symbol-font bullets, dashes. */
const LEVEL1_BULLETS = new Set(["·", "•", "▪", "∙", "●", "■", "‣", "", "", "§", "*", "-", "–", "—", "➢", "►", "✓"]);
const LEVEL2_BULLETS = new Set(["o", "◦", "○", "□", "", "-"]);

const ROMAN = new Set([
  "i",
  "ii",
  "iii",
  "iv",
  "v",
  "vi",
  "vii",
  "viii",
  "ix",
  "x",
  "xi",
  "xii",
  "xiii",
  "xiv",
  "xv",
  "xvi",
  "xvii",
  "xviii",
  "xix",
  "xx",
]);

/** How a list label was written. */
export type LabelStyle = "number" | "letter" | "roman" | "paragraph";

/** A list label at the start of a line: `1.`, `1)`, `(1)`, `(a)`, `a)`, `(iv)`, `ii.`, or a paragraph number `6.2`. */
export interface Label {
  /** The label without brackets or trailing dot: "1", "a", "iv", "6.2". */
  readonly value: string;
  readonly style: LabelStyle;
}

/** A line with its bullet and list label taken off. */
export interface ShapedLine {
  readonly line: SourceLine;
  /** The text after bullet and label. */
  readonly content: string;
  /** Offset of `content` within the line. */
  readonly offset: number;
  /** 1 for `·`/`•` bullets, 2 for `o` sub-bullets. */
  readonly bullet?: 1 | 2;
  readonly label?: Label;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
}

/** Classifies a label token: digits (up to 3), one letter, or a lower-case roman numeral. */
function tokenStyle(token: string): LabelStyle | undefined {
  if (token.length >= 1 && token.length <= 3 && [...token].every(isDigit)) return "number";
  if (ROMAN.has(token)) return token.length === 1 ? "letter" : "roman";
  if (token.length === 1 && isLetter(token)) return "letter";
  return undefined;
}

/** Reads a label at `at`; returns it and the offset just after it (before the following space). */
function readLabel(s: string, at: number): { label: Label; end: number } | undefined {
  const open = s[at] === "(";
  let i = open ? at + 1 : at;
  const tokenStart = i;
  while (i < s.length && i - tokenStart < 5 && (isDigit(s[i]) || isLetter(s[i]))) i++;
  const token = s.slice(tokenStart, i);
  if (!token) return undefined;
  const style = tokenStyle(open ? token : token);
  // Paragraph numbers: 6.2, 31.8 (digits "." digits), distinct from agenda item numbers.
  if (!open && style === "number" && s[i] === "." && isDigit(s[i + 1])) {
    let j = i + 1;
    while (j < s.length && j - i < 8 && (isDigit(s[j]) || (s[j] === "." && isDigit(s[j + 1])))) j++;
    if (s[j] === "." && (s[j + 1] === " " || j + 1 === s.length)) j++;
    if (s[j] === " " || j === s.length) return { label: { value: s.slice(tokenStart, j).replace(/\.$/, ""), style: "paragraph" }, end: j };
    return undefined;
  }
  if (!style) return undefined;
  // Upper-case letters and roman numerals only as "(A)" or "A)": "A. Smith" is an initial.
  const upper = token !== token.toLowerCase();
  if (upper && style !== "number" && token.length > 1) return undefined;
  let end: number;
  if (open) {
    if (s[i] !== ")") return undefined;
    end = i + 1;
  } else if (s[i] === ")") {
    end = i + 1;
  } else if (s[i] === "." && !upper) {
    end = i + 1;
  } else {
    return undefined;
  }
  if (end < s.length && s[end] !== " ") return undefined;
  return { label: { value: token, style }, end };
}

/** Takes the bullet and the list label off a line. */
export function shapeLine(line: SourceLine): ShapedLine {
  const s = line.text;
  let at = 0;
  let bullet: 1 | 2 | undefined;
  // A bullet is a bullet character followed by a space (or glued to a capital: "·Child").
  const first = s[0];
  if (first !== undefined && s.length > 1) {
    const next = s[1];
    const spaced = next === " ";
    if (first === "o" || first === "◦" || first === "○" || first === "□" || first === "") {
      if (spaced) bullet = 2;
    } else if (LEVEL1_BULLETS.has(first) && (spaced || (first !== "-" && first !== "*" && next !== undefined && next >= "A" && next <= "Z"))) {
      bullet = 1;
    }
    if (bullet) {
      at = spaced ? 2 : 1;
      // A second bullet ("- -" or "· o") makes it a sub-bullet.
      const second = s[at];
      if (second !== undefined && LEVEL2_BULLETS.has(second) && s[at + 1] === " ") {
        bullet = 2;
        at += 2;
      }
    }
  }
  const read = at < s.length ? readLabel(s, at) : undefined;
  let label: Label | undefined;
  if (read) {
    label = read.label;
    at = read.end;
    while (s[at] === " ") at++;
  }
  const shaped: { line: SourceLine; content: string; offset: number; bullet?: 1 | 2; label?: Label } = {
    line,
    content: s.slice(at),
    offset: at,
  };
  if (bullet) shaped.bullet = bullet;
  if (label) shaped.label = label;
  return shaped;
}
