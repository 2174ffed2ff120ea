import { personal } from "@childrens-social-care/core";
import * as z from "zod";

/**
 * The council's own identifier for a looked-after child (SSDA903 CHILD; XML `CHILDID`, 1 to 10
 * characters in the CLA XSD). It identifies a child, so it is personal data.
 */
export const ChildId = personal(
  z
    .string()
    .min(1, { error: "A child ID must not be empty." })
    .max(10, { error: "A child ID has at most 10 characters (SSDA903 CHILD)." }),
).meta({
  id: "placements.ChildId",
  title: "Child ID",
  description:
    "The council's identifier for a looked-after child (SSDA903 CHILD, 1-10 characters). Personal data.",
  personalData: "personal",
});
/** The council's identifier for a looked-after child. */
export type ChildId = z.infer<typeof ChildId>;
