import type { DocumentFormat, DocumentKind, DocumentRelation } from "../model/document";

// Document section headings in ModernGov pages (meetings reference §3.5).
const SECTIONS: readonly [string, DocumentRelation][] = [
  ["supporting documents", "supporting"],
  ["additional documents", "additional"],
  ["accompanying documents", "accompanying"],
  ["background papers", "background"],
  ["background documents", "background"],
  ["tabled documents", "tabled"],
  ["documents tabled", "tabled"],
];

/** The relation of a document section heading ("Supporting documents:"), and where any text after it starts. */
export function documentSection(lower: string): { relation: DocumentRelation; restAt: number } | undefined {
  for (const [heading, relation] of SECTIONS) {
    if (!lower.startsWith(heading)) continue;
    let i = heading.length;
    if (lower[i] === ":") i++;
    else if (i !== lower.length) return undefined;
    while (lower[i] === " ") i++;
    return { relation, restAt: i };
  }
  return undefined;
}

const FORMATS: Record<string, DocumentFormat> = {
  pdf: "pdf",
  doc: "doc",
  docx: "docx",
  xls: "xls",
  xlsx: "xlsx",
  ppt: "ppt",
  pptx: "pptx",
  odt: "odt",
  rtf: "rtf",
  html: "html",
  htm: "html",
  txt: "txt",
  csv: "csv",
  mp4: "mp4",
};

const UNIT_BYTES = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 } as const;
type Unit = keyof typeof UNIT_BYTES;

function unitOf(token: string): Unit | undefined {
  const u = token.toUpperCase().replace(/\.$/, "");
  if (u === "KB" || u === "MB" || u === "GB" || u === "B") return u;
  if (u === "BYTES") return "B";
  return undefined;
}

/** A document listing read from one line: "Title, item 7.3 PDF 418 KB" or "Title pdf icon PDF 155 KB". */
export interface FoundDocument {
  readonly title: [number, number];
  readonly format?: DocumentFormat;
  readonly size?: { value: number; unit: Unit; bytes: number; display: [number, number] };
  readonly agendaItemRef?: [number, number];
}

/**
 * Reads a document listing from the end of a line: `<title> [pdf icon] <FORMAT> <size> <unit>`.
 * Returns nothing when the line does not end with a format and size (unless `titleOnly`, for lines
 * under a "Supporting documents:" heading).
 */
export function documentIn(content: string, titleOnly: boolean): FoundDocument | undefined {
  const tokens: { t: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < content.length) {
    while (content[i] === " ") i++;
    const start = i;
    while (i < content.length && content[i] !== " ") i++;
    if (i > start) tokens.push({ t: content.slice(start, i), start, end: i });
  }
  let n = tokens.length;
  let format: DocumentFormat | undefined;
  let size: FoundDocument["size"];
  // "418 KB" or "418KB"
  const last = tokens[n - 1];
  if (last) {
    let unit = unitOf(last.t);
    let valueToken: { t: string; start: number; end: number } | undefined;
    if (unit && n >= 2) {
      valueToken = tokens[n - 2];
      n -= 2;
    } else {
      const m = /^(\d{1,7}(?:\.\d{1,3})?)(KB|MB|GB|kb|mb|gb)\.?$/.exec(last.t);
      if (m) {
        unit = unitOf(m[2] ?? "");
        valueToken = { t: m[1] ?? "", start: last.start, end: last.start + (m[1]?.length ?? 0) };
        n -= 1;
      }
    }
    if (unit && valueToken && /^\d{1,7}(\.\d{1,3})?$/.test(valueToken.t)) {
      const value = Number(valueToken.t);
      const end = last.t.endsWith(".") ? last.end - 1 : last.end;
      size = { value, unit, bytes: Math.round(value * UNIT_BYTES[unit]), display: [valueToken.start, end] };
      const f = tokens[n - 1] ? FORMATS[tokens[n - 1]!.t.toLowerCase()] : undefined;
      if (f) {
        format = f;
        n -= 1;
      }
    } else {
      n = tokens.length;
    }
  }
  if (!size && !titleOnly) return undefined;
  if (size && !format && !titleOnly) return undefined;
  // "pdf icon" is the alt text of ModernGov's format icon.
  if (n >= 2 && tokens[n - 1]!.t.toLowerCase() === "icon" && FORMATS[tokens[n - 2]!.t.toLowerCase()]) n -= 2;
  if (n === 0) return undefined;
  let titleEnd = tokens[n - 1]!.end;
  let agendaItemRef: [number, number] | undefined;
  // ", item 7.3" names the agenda item.
  if (n >= 3 && tokens[n - 2]!.t.toLowerCase() === "item" && /^\d{1,3}(\.\d{1,3})*$/.test(tokens[n - 1]!.t)) {
    agendaItemRef = [tokens[n - 2]!.start, tokens[n - 1]!.end];
    titleEnd = tokens[n - 3]!.end;
  }
  while (titleEnd > 0 && (content[titleEnd - 1] === "," || content[titleEnd - 1] === "-")) titleEnd--;
  const titleStart = tokens[0]!.start;
  if (titleEnd <= titleStart) return undefined;
  return {
    title: [titleStart, titleEnd],
    ...(format ? { format } : {}),
    ...(size ? { size } : {}),
    ...(agendaItemRef ? { agendaItemRef } : {}),
  };
}

const KINDS: readonly [string, DocumentKind][] = [
  ["exempt appendix", "exempt-appendix"],
  ["appendix", "appendix"],
  ["presentation", "presentation"],
  ["slides", "presentation"],
  ["draft minutes", "draft-minutes"],
  ["minutes", "minutes"],
  ["action log", "action-log"],
  ["work programme", "work-programme"],
  ["terms of reference", "terms-of-reference"],
  ["annual report", "annual-report"],
  ["strategy", "strategy"],
  ["briefing", "briefing-note"],
  ["decision notice", "decision-notice"],
  ["addendum", "addendum"],
  ["amendment", "amendment"],
  ["motion", "motion"],
  ["supplementary agenda", "supplementary-agenda"],
  ["agenda", "agenda"],
  ["report", "report"],
];

/** A document's kind from its title. */
export function documentKind(title: string): DocumentKind {
  const lower = title.toLowerCase();
  for (const [word, kind] of KINDS) if (lower.includes(word)) return kind;
  return "other";
}
