import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { codeList } from "./code-list";
import { Identifier } from "./identifier";

/** What kind of body meets (meetings reference §4.2 `BodyKind`, from ModernGov committee types). */
export const BodyKind = codeList(
  {
    "full-council": "Full council",
    executive: "Executive (cabinet)",
    "executive-member": "Executive member (single-member decision)",
    committee: "Committee",
    "sub-committee": "Sub-committee",
    panel: "Panel",
    board: "Board",
    "advisory-panel": "Advisory panel",
    "scrutiny-committee": "Scrutiny committee",
    "scrutiny-commission": "Scrutiny commission",
    "scrutiny-board": "Scrutiny board",
    "select-committee": "Select committee",
    "task-and-finish-group": "Task and finish group",
    "working-party": "Working party",
    "partnership-board": "Partnership board",
    "joint-committee": "Joint committee",
    other: "Other",
  },
  {
    id: "meetings.BodyKind",
    title: "Body kind",
    description: "The kind of council body (committee, board, panel, cabinet...).",
    source: "Meetings reference §4.2 BodyKind",
  },
);
export type BodyKind = z.infer<typeof BodyKind>;

/**
 * What a body is for. Corporate parenting boards exist because the Children and Social Work Act 2017,
 * s.1 makes the council a corporate parent; scrutiny because the Local Government Act 2000, s.9F.
 */
export const BodyFunction = codeList(
  {
    "corporate-parenting": "Corporate parenting",
    "overview-and-scrutiny": "Overview and scrutiny",
    executive: "Executive decisions",
    "children-services": "Children's services",
    "health-and-wellbeing": "Health and wellbeing",
    safeguarding: "Safeguarding",
    partnership: "Partnership",
    regulatory: "Regulatory",
    audit: "Audit",
    standards: "Standards",
    other: "Other",
  },
  {
    id: "meetings.BodyFunction",
    title: "Body function",
    description: "A function of a council body.",
    source: "Meetings reference §4.2 BodyFunction",
  },
);
export type BodyFunction = z.infer<typeof BodyFunction>;

/** A committee, board, panel or cabinet of a council (Popolo Organization, classification committee). */
export const Body = z
  .object({
    id: z.string().min(1),
    authorityId: z.string().min(1),
    name: z.string().min(1),
    otherNames: z.array(z.string().min(1)).optional(),
    kind: BodyKind,
    functions: z.array(BodyFunction).default([]),
    parentBodyId: z.string().min(1).optional(),
    /** Whether the body decides or only advises (scrutiny bodies recommend to the executive). */
    decisionMaking: z.enum(["decision-making", "advisory", "mixed"]).optional(),
    termsOfReference: z.object({ text: z.string().optional(), approvedOn: IsoDate.optional() }).optional(),
    foundingDate: IsoDate.optional(),
    dissolutionDate: IsoDate.optional(),
    identifiers: z.array(Identifier).default([]),
  })
  .meta({ id: "meetings.Body", title: "Body", description: "A council committee, board, panel or cabinet." });
export type Body = z.infer<typeof Body>;
