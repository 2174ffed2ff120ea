// Page chrome of ModernGov exports (meetings reference §4.4 and §1.6: each council's wrapper template
// adds its page title, breadcrumb and navigation around the content). Compared lower-case, whole line.
const CHROME_LINES = new Set([
  "agendas, meetings and minutes - agenda item",
  "agendas, meetings and minutes",
  "agenda item",
  "agenda items",
  "skip navigation and tools",
  "skip to main content",
  "skip to content",
  "menu",
  "home",
  "print",
  "back to top",
  "issue - meetings",
  "agenda and minutes",
  "agenda, decisions and minutes",
  "minutes",
  "minutes:",
  "view the background to item",
  "pdf icon",
]);

const PAGE_PREFIXES = ["agendas, meetings and minutes - ", "skip navigation"];

/** True for a line that is page chrome, not minutes. */
export function isChrome(lower: string): boolean {
  if (CHROME_LINES.has(lower)) return true;
  if (lower.startsWith("page ") && lower.length < 16) return true; // "Page 3 of 12"
  for (const p of PAGE_PREFIXES) if (lower.startsWith(p) && lower.length < 80) return true;
  return false;
}

/** True for the "Minutes:" heading ModernGov puts between the agenda text and the minutes. */
export function isMinutesHeading(lower: string): boolean {
  return lower === "minutes:" || lower === "minutes";
}

/** Length of a leading "Minutes:" label on a line that carries text after it ("Minutes: The Board ..."). */
export function minutesPrefixLength(content: string): number {
  if (content.startsWith("Minutes: ") || content.startsWith("MINUTES: ")) return 9;
  return 0;
}
