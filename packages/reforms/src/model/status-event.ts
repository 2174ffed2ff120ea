import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { KebabId, WebAddress } from "./ids";
import { ProvisionStatus } from "./provision-status";

/** A dated change of status: from `date` (inclusive) the provision has `status`. */
export const StatusEvent = z
  .object({
    status: ProvisionStatus,
    date: IsoDate.describe("The first day on which the provision has this status."),
    datePrecision: z
      .enum(["day", "month"])
      .default("day")
      .describe("`month` when the source gives only the month; `date` is then the first of that month."),
    sourceIds: z.array(KebabId).min(1).describe("Ids of the sources that evidence the event."),
    pinpoint: WebAddress.optional().describe("The exact page, e.g. the commencement section."),
    note: z.string().optional(),
  })
  .meta({
    id: "reforms.StatusEvent",
    title: "Status event",
    description: "A dated change in a reform provision's status, with its evidence.",
  });
export type StatusEvent = z.infer<typeof StatusEvent>;
