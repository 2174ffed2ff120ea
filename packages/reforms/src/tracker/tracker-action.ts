import { IsoDate, personal } from "@childrens-social-care/core";
import * as z from "zod";
import { KebabId } from "../model/ids";

/** Where an implementation action stands. */
export const ActionStatus = z.enum(["not-started", "in-progress", "done", "blocked", "cancelled"]).meta({
  id: "reforms.ActionStatus",
  title: "Action status",
  description: "not-started, in-progress, done, blocked or cancelled.",
});
export type ActionStatus = z.infer<typeof ActionStatus>;

/** One thing a council will do to be ready for a provision. */
export const TrackerAction = z
  .object({
    id: KebabId,
    description: z.string().min(1),
    owner: personal(z.string().min(1))
      .optional()
      .describe("The officer or team responsible; a named officer is personal data."),
    dueDate: IsoDate,
    status: ActionStatus,
    completedOn: IsoDate.optional().describe("When a `done` action was finished."),
  })
  .superRefine((a, ctx) => {
    if (a.status === "done" && a.completedOn === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["completedOn"],
        message: "A done action needs the date it was completed.",
        params: { rule: "reforms/action-done-dated" },
      });
    }
    if (a.status !== "done" && a.completedOn !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["completedOn"],
        message: "Only a done action has a completion date.",
        params: { rule: "reforms/action-completed-only-when-done" },
      });
    }
  })
  .meta({
    id: "reforms.TrackerAction",
    title: "Implementation action",
    description: "An action a council takes towards a reform provision, with owner, due date and status.",
  });
export type TrackerAction = z.infer<typeof TrackerAction>;
