import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { ReviewParticipation } from "../code-lists/review-participation";
import { ChildId } from "./child-id";

/**
 * A statutory review of a looked-after child's care plan (SSDA903 Reviews; Care Planning, Placement and
 * Case Review (England) Regulations 2010, Part 6) and how the child took part. The return records the
 * date and the participation code together (D2I rule 167), so both are required here.
 */
export const Review = z
  .object({
    childId: ChildId,
    reviewDate: IsoDate.describe("Date of the review (REVIEW)."),
    participation: ReviewParticipation,
  })
  .meta({
    id: "placements.Review",
    title: "Looked-after child review",
    description: "A statutory review of a looked-after child and how the child took part (SSDA903 Reviews).",
  });
/** A statutory review of a looked-after child. */
export type Review = z.infer<typeof Review>;
