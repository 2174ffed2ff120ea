import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";

/**
 * A link to the decision of a council meeting: the decision's reference (e.g. the minute's resolution
 * number or a decision notice id), and where known the meeting and agenda item it was taken at, so a
 * meetings record can be joined to it.
 */
export const DecisionLink = z
  .object({
    decisionRef: z.string().min(1),
    meetingId: z.string().min(1).optional(),
    agendaItem: z.string().min(1).optional(),
    decisionMaker: z
      .enum([
        "full-council",
        "cabinet",
        "cabinet-member",
        "committee",
        "sub-committee",
        "corporate-parenting-board",
        "officer",
      ])
      .optional(),
    decidedOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.DecisionLink",
    title: "Decision link",
    description: "A reference to a council decision, with the meeting and agenda item where known.",
  });
/** A link to a council decision. */
export type DecisionLink = z.infer<typeof DecisionLink>;
