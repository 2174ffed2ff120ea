import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { codeList } from "./code-list";
import { Participant } from "./participant";
import { Span } from "./span";

/** Where an action stands (meetings reference §4.2 `ActionStatus`; action logs use these words). */
export const ActionStatus = codeList(
  {
    open: "Open",
    "in-progress": "In progress",
    completed: "Completed",
    overdue: "Overdue",
    "carried-forward": "Carried forward",
    superseded: "Superseded",
    "closed-no-action": "Closed, no action",
  },
  {
    id: "meetings.ActionStatus",
    title: "Action status",
    description: "Where an action stands.",
    source: "Meetings reference §4.2 ActionStatus",
  },
);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** How the minutes record an action (meetings reference §3.2). */
export const ActionOrigin = codeList(
  {
    "explicit-marker": "Explicit marker (ACTION – name, (Action: Clerk))",
    "resolution-clause": "A clause of a decision that gives someone a task",
    undertaking: 'An undertaking ("undertook to", "would be circulated")',
    request: 'A request ("requested that")',
    "matters-arising": "Matters arising",
    "post-meeting": "Post-meeting note",
  },
  {
    id: "meetings.ActionOrigin",
    title: "Action origin",
    description: "How the minutes record an action.",
    source: "Meetings reference §3.2 and §4.2 ActionOrigin",
  },
);
export type ActionOrigin = z.infer<typeof ActionOrigin>;

/**
 * When an action is due, with the words that said so: a date, the next meeting, a named meeting
 * ("the Autumn meeting"), or a period from the meeting ("in six months' time").
 */
export const Due = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("date"), date: IsoDate, text: z.string().min(1) }),
    z.object({ kind: z.literal("next-meeting"), text: z.string().min(1) }),
    z.object({ kind: z.literal("named-meeting"), text: z.string().min(1) }),
    z.object({
      kind: z.literal("relative"),
      amount: z.int().min(1),
      unit: z.enum(["day", "week", "month", "year"]),
      text: z.string().min(1),
    }),
  ])
  .meta({
    id: "meetings.Due",
    title: "Due",
    description: "When an action is due, and the words that said so.",
  });
export type Due = z.infer<typeof Due>;

/** Something someone must do after the meeting. Neither Popolo nor OCD has actions; minutes do. */
export const Action = z
  .object({
    text: z.string().min(1),
    owner: Participant.optional(),
    due: Due.optional(),
    status: ActionStatus,
    origin: ActionOrigin,
    /** For an action from a resolution: index of the decision in the item and the clause's order. */
    fromDecision: z.object({ decision: z.int().min(0), clause: z.int().min(1) }).optional(),
    span: Span,
  })
  .meta({
    id: "meetings.Action",
    title: "Action",
    description: "Something someone must do after the meeting.",
  });
export type Action = z.infer<typeof Action>;
