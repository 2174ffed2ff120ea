import { endNotBeforeStart, IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { MissingType } from "../code-lists/missing-type";
import { ChildId } from "./child-id";

/**
 * A period in which a looked-after child was missing from care or away from placement without
 * authorisation (SSDA903 Missing: MISSING, MIS_START, MIS_END). The end is absent while the child has
 * not returned, and is never before the start.
 */
export const MissingPeriod = z
  .object({
    childId: ChildId,
    type: MissingType,
    startDate: IsoDate.describe("Date the period started (MIS_START)."),
    endDate: IsoDate.optional().describe("Date the child returned (MIS_END)."),
  })
  .check(endNotBeforeStart("startDate", "endDate"))
  .meta({
    id: "placements.MissingPeriod",
    title: "Missing or away period",
    description: "A period missing from care or away from placement without authorisation (SSDA903 Missing).",
  });
/** A period missing from care or away without authorisation. */
export type MissingPeriod = z.infer<typeof MissingPeriod>;
