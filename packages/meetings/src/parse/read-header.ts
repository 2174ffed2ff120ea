import type { AgendaItem } from "../model/agenda-item";
import { isChrome, isMinutesHeading, minutesPrefixLength } from "./chrome";
import { matchDecisionMarker } from "./decision-marker";
import { documentIn, documentSection, type FoundDocument } from "./documents";
import { endsWithSize, looksLikeTitle, lowerOf } from "./line-kinds";
import { shapeLine } from "./line-shape";
import type { SourceLine } from "./normalise";
import { addParticipant, type ParticipantList } from "./people";
import { speakersIn } from "./speakers";

const PURPOSE_LABELS = [
  "purpose:",
  "purpose of report:",
  "purpose of the report:",
  "summary:",
  "description:",
];

/** What the head of an item's minutes gave: the lines used up, and the title's own document listing. */
export interface Header {
  /** Indexes of the lines read as number, title and purpose (the main loop skips them). */
  readonly skip: Set<number>;
  readonly titleLine?: SourceLine;
  /** "7 Report title pdf icon PDF 155 KB": the title line also lists the report. */
  readonly titleDocument?: { found: FoundDocument; content: string; abs: number };
}

/**
 * Reads the head of an item: the item number and title (the first line that is not page chrome, when
 * it sits before the "Minutes:" heading or reads as a heading), and the purpose (the agenda's
 * description between the title and "Minutes:", e.g. "Verbal update"). Sets them on `item`, with any
 * presenter the purpose names ("Director of ... will give a presentation").
 */
export function readHeader(
  lines: readonly SourceLine[],
  item: AgendaItem,
  presenters: ParticipantList,
  participants: ParticipantList,
): Header {
  // The "Minutes:" heading separates the agenda's description of the item from its minutes.
  let minutesAt = -1;
  for (const line of lines) {
    if (
      (line.text.length <= 8 && isMinutesHeading(lowerOf(line.text))) ||
      minutesPrefixLength(line.text) > 0
    ) {
      minutesAt = line.index;
      break;
    }
  }

  // Title: the first line that is not chrome, if it sits before "Minutes:" (or reads as a heading).
  const skip = new Set<number>();
  let titleLine: SourceLine | undefined;
  let addTitleDocument: { found: FoundDocument; content: string; abs: number } | undefined;
  for (const line of lines) {
    if (minutesAt >= 0 && line.index >= minutesAt) break;
    const lower = lowerOf(line.text);
    if (isChrome(lower)) continue;
    // "Meeting: 12/07/2023 - Corporate Parenting Board (Item 7)" on ModernGov issue pages.
    if (lower.startsWith("meeting: ")) {
      const open = lower.lastIndexOf("(item ");
      const close = lower.indexOf(")", open);
      if (open >= 0 && close > open + 6) item.number = line.text.slice(open + 6, close);
      skip.add(line.index);
      continue;
    }
    const shaped = shapeLine(line);
    const content = shaped.content;
    // "7." alone: the number, with the title on the next line.
    if (!content && shaped.label && shaped.label.style !== "letter") {
      item.number = shaped.label.value;
      skip.add(line.index);
      continue;
    }
    const contentLower = lower.slice(shaped.offset);
    if (
      (minutesAt >= 0 && !matchDecisionMarker(content, contentLower)) ||
      looksLikeTitle(shaped, content, contentLower)
    ) {
      titleLine = line;
      let at = shaped.offset;
      if (shaped.label && (shaped.label.style === "number" || shaped.label.style === "paragraph")) {
        item.number = shaped.label.value;
      } else if (shaped.label) {
        at = 0; // "A) Title" is not an item number
      }
      const text = line.text;
      // "Item 7: Title" / "Item 7 - Title"
      if (lower.startsWith("item ", at)) {
        let i = at + 5;
        const numStart = i;
        while (i < text.length && ((text[i]! >= "0" && text[i]! <= "9") || text[i] === ".")) i++;
        if (i > numStart && " :-–".includes(text[i] ?? "")) {
          item.number = text.slice(numStart, i).replace(/\.$/, "");
          while (i < text.length && " :-–".includes(text[i] ?? "")) i++;
          at = i;
        }
      } else if (!shaped.label) {
        // "7 Corporate Parenting Report" (issue pages): a bare number before a capitalised title.
        let i = at;
        while (i < text.length && i - at < 3 && text[i]! >= "0" && text[i]! <= "9") i++;
        const next = text[i + 1] ?? "";
        if (i > at && text[i] === " " && next !== next.toLowerCase()) {
          item.number = text.slice(at, i);
          at = i + 1;
        }
      }
      let end = text.length;
      // "7 Corporate Parenting Report pdf icon PDF 155 KB": the title line is also the report's listing.
      const rest = text.slice(at);
      const listed = endsWithSize(lower) ? documentIn(rest, false) : undefined;
      if (listed) {
        end = at + listed.title[1];
        addTitleDocument = { found: listed, content: rest, abs: line.start + at };
      }
      item.title = text.slice(at, end) || text;
      skip.add(line.index);
    }
    break;
  }

  // Purpose: the agenda's description between the title and "Minutes:" ("Verbal update", "To consider ...").
  if (titleLine && minutesAt > titleLine.index) {
    for (let i = titleLine.index + 1; i < minutesAt; i++) {
      const line = lines[i]!;
      const lower = lowerOf(line.text);
      if (isChrome(lower) || matchDecisionMarker(line.text, lower) || documentSection(lower)) continue;
      // "Purpose: To update the Board ..." — the label is the page's, the purpose is what follows.
      const label = PURPOSE_LABELS.find((l) => lower.startsWith(l) && line.text.length > l.length + 1);
      item.purpose = label ? line.text.slice(label.length).trimStart() : line.text;
      skip.add(i);
      const found = speakersIn(line.text, lower, line.start);
      if (found) {
        for (const p of found.people) {
          if (found.presenting) addParticipant(presenters, p.participant);
          addParticipant(participants, p.participant);
        }
      }
      break;
    }
  }

  return {
    skip,
    ...(titleLine ? { titleLine } : {}),
    ...(addTitleDocument ? { titleDocument: addTitleDocument } : {}),
  };
}
