import * as z from "zod";
import { codeList } from "./code-list";
import { Span } from "./span";

/** What a document is (meetings reference §4.2 `DocumentKind`; OCD document classification). */
export const DocumentKind = codeList(
  {
    agenda: "Agenda",
    "agenda-pack": "Agenda pack",
    "supplementary-agenda": "Supplementary agenda",
    report: "Report",
    appendix: "Appendix",
    "exempt-appendix": "Exempt appendix",
    presentation: "Presentation",
    minutes: "Minutes",
    "draft-minutes": "Draft minutes",
    "decision-notice": "Decision notice",
    "briefing-note": "Briefing note",
    strategy: "Strategy",
    "annual-report": "Annual report",
    "action-log": "Action log",
    "terms-of-reference": "Terms of reference",
    "work-programme": "Work programme",
    motion: "Motion",
    amendment: "Amendment",
    addendum: "Addendum",
    other: "Other",
  },
  {
    id: "meetings.DocumentKind",
    title: "Document kind",
    description: "What a meeting document is.",
    source: "Meetings reference §4.2 DocumentKind; python-opencivicdata document classification",
  },
);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** File formats ModernGov lists beside a document ("PDF 418 KB"). */
export const DocumentFormat = codeList(
  {
    pdf: "PDF",
    doc: "Word 97-2003 (DOC)",
    docx: "Word (DOCX)",
    xls: "Excel 97-2003 (XLS)",
    xlsx: "Excel (XLSX)",
    ppt: "PowerPoint 97-2003 (PPT)",
    pptx: "PowerPoint (PPTX)",
    odt: "OpenDocument text",
    rtf: "Rich text",
    html: "HTML",
    txt: "Plain text",
    csv: "CSV",
    mp4: "MP4 video",
    other: "Other",
  },
  {
    id: "meetings.DocumentFormat",
    title: "Document format",
    description: "The file format of a document.",
    source: "Meetings reference §3.5 and §4.2 DocumentFormat",
  },
);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/** How a document relates to the item (the heading it is listed under). */
export const DocumentRelation = codeList(
  {
    supporting: "Supporting documents",
    additional: "Additional documents",
    accompanying: "Accompanying documents",
    tabled: "Tabled at the meeting",
    "minute-book-appendix": "Appendix in the minute book",
    background: "Background papers",
  },
  {
    id: "meetings.DocumentRelation",
    title: "Document relation",
    description: "How a document relates to the agenda item.",
    source: "Meetings reference §3.5 (ModernGov section labels) and §4.2 DocumentRelation",
  },
);
export type DocumentRelation = z.infer<typeof DocumentRelation>;

/**
 * A file size as displayed ("1 MB") and in bytes. ModernGov rounds the displayed size, so `bytes` is
 * the displayed value times the binary unit (1 KB = 1024 bytes): an estimate, not the exact size.
 */
export const DocumentSize = z
  .object({
    value: z.number().min(0),
    unit: z.enum(["B", "KB", "MB", "GB"]),
    bytes: z.int().min(0),
    display: z.string().min(1),
  })
  .meta({
    id: "meetings.DocumentSize",
    title: "Document size",
    description: "A file size as shown, in bytes.",
  });
export type DocumentSize = z.infer<typeof DocumentSize>;

/** A document of an agenda item or meeting (OCD Event `documents[]` with kind, format and size). */
export const SupportingDocument = z
  .object({
    title: z.string().min(1),
    kind: DocumentKind,
    format: DocumentFormat.optional(),
    size: DocumentSize.optional(),
    relation: DocumentRelation,
    /** The agenda item the listing names ("item 7.3"). */
    agendaItemRef: z.string().min(1).optional(),
    url: z.url().optional(),
    span: Span.optional(),
  })
  .meta({
    id: "meetings.SupportingDocument",
    title: "Document",
    description: "A document of an agenda item or meeting, with kind, format and size.",
  });
export type SupportingDocument = z.infer<typeof SupportingDocument>;
