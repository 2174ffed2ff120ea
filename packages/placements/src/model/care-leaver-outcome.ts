import * as z from "zod";
import { CareLeaverAccommodation } from "../code-lists/care-leaver-accommodation";
import { CareLeaverActivity } from "../code-lists/care-leaver-activity";
import { CareLeaverInTouch } from "../code-lists/care-leaver-in-touch";
import { ChildId } from "./child-id";

/**
 * A care leaver's outcomes around their 17th to 21st birthday (SSDA903 OC3): whether the council is in
 * touch, their main activity and their accommodation.
 *
 * Cross-field checks, from the D2I validator's rules for the return (rule catalogue in
 * shared/reference/ssda903-data/derived/903_rule_catalogue.csv):
 * - rule 345: when the council is in touch (YES), activity and accommodation are given and are not "0";
 * - rule 344: when the young person has died (DIED) or returned home for 6 months or more (RHOM),
 *   activity and accommodation are left blank.
 */
export const CareLeaverOutcome = z
  .object({
    childId: ChildId,
    inTouch: CareLeaverInTouch,
    activity: CareLeaverActivity.optional(),
    accommodation: CareLeaverAccommodation.optional(),
  })
  .check((ctx) => {
    const { inTouch } = ctx.value;
    for (const key of ["activity", "accommodation"] as const) {
      const value = ctx.value[key];
      let message: string | undefined;
      if (inTouch === "YES" && (value === undefined || value === "0"))
        message = `${key} must be given, and not "0", when the council is in touch with the young person.`;
      else if ((inTouch === "DIED" || inTouch === "RHOM") && value !== undefined)
        message = `${key} is left blank when the young person has died or returned home (in touch: ${inTouch}).`;
      if (message)
        ctx.issues.push({
          code: "custom",
          message,
          path: [key],
          input: ctx.value,
          params: { rule: "placements/care-leaver-in-touch-consistent" },
        });
    }
  })
  .meta({
    id: "placements.CareLeaverOutcome",
    title: "Care leaver outcome",
    description: "A care leaver's contact, activity and accommodation around their birthday (SSDA903 OC3).",
  });
/** A care leaver's outcome around their birthday. */
export type CareLeaverOutcome = z.infer<typeof CareLeaverOutcome>;
