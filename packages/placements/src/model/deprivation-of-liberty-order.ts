import { endNotBeforeStart, IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { ChildId } from "./child-id";

/**
 * A deprivation of liberty order (DoLO) made for a looked-after child under the High Court's inherent
 * jurisdiction (SSDA903 DoLo table, new in 2026-27: D2I lac2026_27 rules 700-710; liia-tools-pipeline
 * SSDA903_schema_2027.diff.yml). The end is absent while the order is in force.
 */
export const DeprivationOfLibertyOrder = z
  .object({
    childId: ChildId,
    startDate: IsoDate.describe("Date the order started (DOLO_START)."),
    endDate: IsoDate.optional().describe("Date the order ended (DOLO_END)."),
  })
  .check(endNotBeforeStart("startDate", "endDate"))
  .meta({
    id: "placements.DeprivationOfLibertyOrder",
    title: "Deprivation of liberty order",
    description: "A deprivation of liberty order for a looked-after child (SSDA903 DoLo, from 2026-27).",
  });
/** A deprivation of liberty order. */
export type DeprivationOfLibertyOrder = z.infer<typeof DeprivationOfLibertyOrder>;
