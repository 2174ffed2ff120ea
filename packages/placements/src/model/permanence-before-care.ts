import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { PreviousPermanence } from "../code-lists/previous-permanence";
import { ChildId } from "./child-id";

/**
 * Whether a child starting care had been adopted or under a special guardianship or child arrangements
 * order before (SSDA903 PrevPerm: PREV_PERM, LA_PERM, DATE_PERM). The council that made the order is a
 * 3-digit DfE LA number or 999 (not known), NIR, SCO, WAL or NUK (D2I rule 633).
 */
export const PermanenceBeforeCare = z
  .object({
    childId: ChildId,
    previousPermanence: PreviousPermanence,
    orderLocalAuthority: z
      .string()
      .regex(/^(\d{3}|NIR|SCO|WAL|NUK)$/, {
        error: "A 3-digit LA number, 999, NIR, SCO, WAL or NUK.",
      })
      .optional()
      .describe("The council that arranged the previous permanence (LA_PERM)."),
    orderDate: IsoDate.optional().describe("Date of the previous permanence order (DATE_PERM)."),
  })
  .meta({
    id: "placements.PermanenceBeforeCare",
    title: "Permanence before care",
    description: "A permanence order the child had before this period of care (SSDA903 PrevPerm).",
  });
/** A permanence order the child had before this period of care. */
export type PermanenceBeforeCare = z.infer<typeof PermanenceBeforeCare>;
