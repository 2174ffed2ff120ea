import { ageOn, IsoDate, personal, specialCategory, Upn } from "@childrens-social-care/core";
import * as z from "zod";
import { Ethnicity } from "../code-lists/ethnicity";
import { Sex } from "../code-lists/sex";
import { UpnUnknownReason } from "../code-lists/upn-unknown-reason";
import { CareEpisode } from "./care-episode";
import { ChildId } from "./child-id";

/** K3 (supported accommodation) is for young people aged 16 or 17: D2I lac2024_25/rule_371.py. */
const K3_MINIMUM_AGE = 16;

/**
 * A looked-after child: who they are (SSDA903 Header, with the UASC table folded in) and, optionally,
 * their episodes of care in date order.
 *
 * Checks across the child's record:
 * - a UPN and a reason the UPN is unknown are not both given (the return has one UPN field for either);
 * - the date UASC status ceased needs the child to have been UASC;
 * - every episode belongs to this child;
 * - episodes are in date order and do not overlap (an episode may start on the day the previous one
 *   ended, as with REC X1);
 * - no episode starts before the child's date of birth (DfE SSDA903 rule 302: Header.DOB after
 *   Episodes.DECOM);
 * - a K3 (supported accommodation) episode starts on or after the child's 16th birthday (D2I rule 371,
 *   2024-25).
 */
export const LookedAfterChild = z
  .object({
    childId: ChildId,
    sex: personal(Sex),
    dateOfBirth: personal(IsoDate),
    ethnicity: specialCategory(Ethnicity),
    upn: personal(Upn).optional(),
    upnUnknownReason: UpnUnknownReason.optional(),
    unaccompaniedAsylumSeeker: z
      .boolean()
      .optional()
      .describe("UASC at any time during the year (SSDA903 UASC 1/0)."),
    uascCeasedDate: personal(IsoDate).optional().describe("Date the child ceased to be UASC (DUC)."),
    isMother: z.boolean().optional().describe("A female child who is a mother (MOTHER 1/0)."),
    childOfMotherDateOfBirth: personal(IsoDate)
      .optional()
      .describe("Date of birth of the child's child (MC_DOB)."),
    episodes: z.array(CareEpisode).optional(),
  })
  .check((ctx) => {
    const child = ctx.value;
    if (child.upn !== undefined && child.upnUnknownReason !== undefined)
      ctx.issues.push(
        issue(child, ["upnUnknownReason"], "Give a UPN or a reason it is unknown, not both.", "upn"),
      );
    if (child.uascCeasedDate !== undefined && child.unaccompaniedAsylumSeeker === false)
      ctx.issues.push(
        issue(
          child,
          ["uascCeasedDate"],
          "A date UASC status ceased needs the child to have been UASC.",
          "uasc",
        ),
      );
    const episodes = child.episodes ?? [];
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i] as CareEpisode;
      if (e.childId !== child.childId)
        ctx.issues.push(
          issue(child, ["episodes", i, "childId"], "The episode belongs to another child.", "episode-child"),
        );
      const prev = episodes[i - 1];
      if (prev && (prev.endDate === undefined || e.startDate < prev.endDate))
        ctx.issues.push(
          issue(
            child,
            ["episodes", i, "startDate"],
            "The episode starts before the previous episode ended: episodes must be in date order and not overlap.",
            "episodes-in-order",
          ),
        );
      if (e.startDate < child.dateOfBirth)
        ctx.issues.push(
          issue(
            child,
            ["episodes", i, "startDate"],
            "The episode starts before the child's date of birth; check both dates.",
            "episode-after-birth",
          ),
        );
      else if (e.placementType === "K3" && ageOn(child.dateOfBirth, e.startDate) < K3_MINIMUM_AGE)
        ctx.issues.push(
          issue(
            child,
            ["episodes", i, "placementType"],
            "K3 (supported accommodation) is only for young people aged 16 or over at the start of the episode.",
            "k3-minimum-age",
          ),
        );
    }
  })
  .meta({
    id: "placements.LookedAfterChild",
    title: "Looked-after child",
    description:
      "A looked-after child (SSDA903 Header and UASC) with their episodes of care in date order. K3 placements start at 16 or over.",
  });
/** A looked-after child with their episodes of care. */
export type LookedAfterChild = z.infer<typeof LookedAfterChild>;

function issue(input: unknown, path: PropertyKey[], message: string, rule: string): z.core.$ZodRawIssue {
  return { code: "custom", message, path, input, params: { rule: `placements/${rule}` } };
}
