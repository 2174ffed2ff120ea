import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";

/**
 * The committee decision that last reviewed a provision's readiness. `meetingId` is the id of a Meeting
 * in the meetings model (when the minutes are held as data); `decisionRef` is the minute or resolution
 * number as published, e.g. "CYP/2026/14 (3)".
 */
export const CommitteeReference = z
  .object({
    meetingId: z.string().min(1).optional(),
    decisionRef: z.string().min(1),
    committee: z.string().min(1).optional(),
    date: IsoDate.optional(),
  })
  .meta({
    id: "reforms.CommitteeReference",
    title: "Committee reference",
    description:
      "The committee decision that last reviewed a provision: meeting id (meetings model) and decision reference.",
  });
export type CommitteeReference = z.infer<typeof CommitteeReference>;
