import { endNotBeforeStart, IsoDate, personal } from "@childrens-social-care/core";
import * as z from "zod";
import { SocialWorkerChangeReason } from "../code-lists/social-worker-change-reason";
import { ChildId } from "./child-id";

/**
 * A period in which one social worker was allocated to a looked-after child (SSDA903 SWEpisodes, from
 * 2023-24). The worker's ID starts "SW" or "XX" (D2I rule SW02STG1) and identifies a person, so it is
 * personal data. A reason for the change is needed for episodes starting on or after 1 April 2023 (D2I
 * rule SW13STG1): that depends on the collection, so it is left to the return's validator.
 */
export const SocialWorkerEpisode = z
  .object({
    childId: ChildId,
    socialWorkerId: personal(
      z
        .string()
        .regex(/^(SW|XX)/, { error: 'A social worker ID starts with "SW" or "XX".' })
        .max(20),
    ),
    startDate: IsoDate.describe("Date the social worker was allocated (SW_DECOM)."),
    endDate: IsoDate.optional().describe("Date the allocation ended (SW_DEC)."),
    reasonForChange: SocialWorkerChangeReason.optional(),
  })
  .check(endNotBeforeStart("startDate", "endDate"))
  .meta({
    id: "placements.SocialWorkerEpisode",
    title: "Social worker episode",
    description:
      "A period in which one social worker was allocated to a looked-after child (SSDA903 SWEpisodes).",
  });
/** A period with one allocated social worker. */
export type SocialWorkerEpisode = z.infer<typeof SocialWorkerEpisode>;
