import { IsoDate, LaNumber, personal } from "@childrens-social-care/core";
import * as z from "zod";
import { KinshipCarer } from "./carer";
import { AdoptionOrder, CourtOrder } from "./court-order";
import { LookedAfterBasis } from "./looked-after-basis";
import { ConnectedPersonApproval } from "./temporary-approval";

// Fields every legal form shares. Each variant below adds only the fields of its own form and is
// `.strict()`, so a record that mixes forms (a private fostering notification on a special guardianship
// order) is rejected rather than silently kept.
const COMMON = {
  /** The council's id for the arrangement. */
  id: z.string().min(1),
  /** The council's id for the child: personal data. */
  childId: personal(z.string().min(1)),
  carers: z.array(KinshipCarer).min(1),
  /** The DfE number of the council responsible (looking after the child, or where the carers live). */
  responsibleLocalAuthority: LaNumber.optional(),
  /** When the child began to live with the carers under this arrangement. */
  startedOn: IsoDate,
  endedOn: IsoDate.optional(),
};

/** Special guardianship order (Children Act 1989 ss14A-14F). */
export const SpecialGuardianshipArrangement = z
  .object({
    type: z.literal("special-guardianship-order"),
    ...COMMON,
    order: CourtOrder,
    /** s14A(7): written notice of intention to apply, given to the local authority. */
    noticeOfIntentionGivenOn: IsoDate.optional(),
    /** When the application was made. No notice is needed when the court acts of its own motion (s14A(6)). */
    application: z
      .object({
        route: z.enum(["application", "court-own-motion"]),
        madeOn: IsoDate.optional(),
        /**
         * The applicant needs the court's leave to apply (s14A(3)(b): not one of those entitled under
         * s14A(5)); leave must then be granted before the notice of intention is given (Birmingham City
         * Council v LR [2006] EWCA Civ 1748).
         */
        leaveRequired: z.boolean().optional(),
        leaveGrantedOn: IsoDate.optional(),
      })
      .strict()
      .optional(),
    /**
     * The child was looked after immediately before the order: the placing council then assesses and
     * provides support for three years (Special Guardianship Regulations 2005 reg 5).
     */
    previouslyLookedAfter: z.boolean(),
  })
  .strict()
  .meta({
    id: "kinship.SpecialGuardianshipArrangement",
    title: "Special guardianship order",
    description:
      "A special guardianship order (Children Act 1989 ss14A-14F) with its notice, application and order.",
  });
/** Special guardianship order. */
export type SpecialGuardianshipArrangement = z.infer<typeof SpecialGuardianshipArrangement>;

/** Child arrangements order naming with whom the child lives (Children Act 1989 s8). */
export const ChildArrangementsOrderArrangement = z
  .object({
    type: z.literal("child-arrangements-order"),
    ...COMMON,
    order: CourtOrder,
    /** Made as a residence order before 22 April 2014 (Children and Families Act 2014 s12). */
    madeAsResidenceOrder: z.boolean().optional(),
    previouslyLookedAfter: z.boolean().optional(),
  })
  .strict()
  .meta({
    id: "kinship.ChildArrangementsOrderArrangement",
    title: "Child arrangements order (lives with)",
    description:
      "A child arrangements order naming a friend or relative with whom the child lives (Children Act 1989 s8).",
  });
/** Child arrangements order. */
export type ChildArrangementsOrderArrangement = z.infer<typeof ChildArrangementsOrderArrangement>;

/** Kinship foster care: a looked-after child placed with a connected person approved as a foster parent. */
export const KinshipFosterCareArrangement = z
  .object({
    type: z.literal("kinship-foster-care"),
    ...COMMON,
    lookedAfterBasis: LookedAfterBasis,
    approval: ConnectedPersonApproval,
    /** The SSDA903 placement type recorded for the placement (U1-U3 are placements with a relative or friend). */
    placementCode: z.enum(["U1", "U2", "U3"]).optional(),
  })
  .strict()
  .meta({
    id: "kinship.KinshipFosterCareArrangement",
    title: "Kinship foster care (connected person)",
    description:
      "A looked-after child placed with a connected person approved, temporarily or fully, as a local authority foster parent.",
  });
/** Kinship foster care. */
export type KinshipFosterCareArrangement = z.infer<typeof KinshipFosterCareArrangement>;

/** A private family arrangement with a close relative: no court order and no local authority role. */
export const PrivateFamilyArrangement = z
  .object({
    type: z.literal("private-family-arrangement"),
    ...COMMON,
    /** Who arranged it: a parent or another person with parental responsibility (Children Act 1989 s2(9)). */
    arrangedBy: z.enum(["parent", "other-person-with-parental-responsibility"]),
  })
  .strict()
  .meta({
    id: "kinship.PrivateFamilyArrangement",
    title: "Private family arrangement",
    description:
      "A close relative raises the child by arrangement with a parent, with no court order and no local authority role.",
  });
/** A private family arrangement. */
export type PrivateFamilyArrangement = z.infer<typeof PrivateFamilyArrangement>;

/** Other informal kinship care (Kinship care statutory guidance 2024, informal types (ii) and (iii)). */
export const InformalKinshipCareArrangement = z
  .object({
    type: z.literal("informal-kinship-care"),
    ...COMMON,
    /**
     * `under-16-short-stay`: a child under 16 cared for by someone who is not a close relative for less
     * than 28 days; `aged-16-or-17`: a 16 or 17 year old cared for by someone who is not a close relative.
     */
    basis: z.enum(["under-16-short-stay", "aged-16-or-17"]),
    intendedEndOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.InformalKinshipCareArrangement",
    title: "Other informal kinship care",
    description:
      "Informal care by someone who is not a close relative: under 16 for less than 28 days, or aged 16 or 17.",
  });
/** Other informal kinship care. */
export type InformalKinshipCareArrangement = z.infer<typeof InformalKinshipCareArrangement>;

/** Private fostering (Children Act 1989 s66; Children (Private Arrangements for Fostering) Regulations 2005). */
export const PrivateFosteringArrangement = z
  .object({
    type: z.literal("private-fostering"),
    ...COMMON,
    /** When the arrangement was agreed; decides whether notice "immediately" was enough (reg 3). */
    arrangedOn: IsoDate.optional(),
    /** When the local authority was notified; absent while it has not been. */
    notifiedOn: IsoDate.optional(),
    notifiedBy: z
      .enum(["proposed-carer", "parent", "person-with-parental-responsibility", "other"])
      .optional(),
    /** A disabled child can be privately fostered up to 18 rather than 16 (s66(4)). */
    childDisabled: z.boolean(),
    intendedEndOn: IsoDate.optional(),
    /** The local authority officer's last visit (reg 4 and later visits). */
    lastVisitOn: IsoDate.optional(),
    /** Every visit by a local authority officer (regs 4, 7 and 8), in any order. */
    visits: z.array(IsoDate).optional(),
    /** When the council became aware of the arrangement, if before notification (reg 8(6)). */
    localAuthorityAwareOn: IsoDate.optional(),
    /** Changes of circumstance the regulations require to be notified (reg 9), and when each was. */
    changesOfCircumstance: z
      .array(z.object({ changedOn: IsoDate, notifiedOn: IsoDate.optional() }).strict())
      .optional(),
    /** When the council was told the arrangement had ended (reg 10). */
    endNotifiedOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.PrivateFosteringArrangement",
    title: "Private fostering",
    description:
      "A child under 16 (18 if disabled) cared for 28 days or more by someone not a parent or close relative; notified to the local authority.",
  });
/** Private fostering. */
export type PrivateFosteringArrangement = z.infer<typeof PrivateFosteringArrangement>;

/** Adoption by a relative or friend: a non-agency adoption (Adoption and Children Act 2002). */
export const AdoptionByRelativeArrangement = z
  .object({
    type: z.literal("adoption-by-relative"),
    ...COMMON,
    order: AdoptionOrder,
    /** Notice of intention to adopt given to the local authority (Adoption and Children Act 2002 s44). */
    noticeOfIntentionGivenOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.AdoptionByRelativeArrangement",
    title: "Adoption by a relative or friend",
    description: "A non-agency adoption by a relative or friend (Adoption and Children Act 2002).",
  });
/** Adoption by a relative or friend. */
export type AdoptionByRelativeArrangement = z.infer<typeof AdoptionByRelativeArrangement>;

/**
 * A kinship arrangement: one of the legal forms kinship care takes in England, told apart by `type`.
 * Each form carries only its own fields (an order's court and dates; a connected person's approval; a
 * private fostering notification) and rejects any other.
 */
export const KinshipArrangement = z
  .discriminatedUnion("type", [
    SpecialGuardianshipArrangement,
    ChildArrangementsOrderArrangement,
    KinshipFosterCareArrangement,
    PrivateFamilyArrangement,
    InformalKinshipCareArrangement,
    PrivateFosteringArrangement,
    AdoptionByRelativeArrangement,
  ])
  .meta({
    id: "kinship.KinshipArrangement",
    title: "Kinship arrangement",
    description:
      "A child raised by a friend or family member who is not their parent, in one of the legal forms kinship care takes in England.",
  });
/** A kinship arrangement, discriminated on `type`. */
export type KinshipArrangement = z.infer<typeof KinshipArrangement>;

/**
 * True when the child in the arrangement is looked after by a local authority. This follows from the
 * form alone: only kinship foster care is a looked-after placement (Children Act 1989 s22(1), s22C);
 * special guardianship, child arrangements orders, adoption, private fostering and informal care are not.
 * (Respite care under an SGO support plan makes a child looked after for its duration, SGR 2005 reg 3(3),
 * but that is a separate placement, not this arrangement.)
 */
export function isLookedAfter(arrangement: KinshipArrangement): arrangement is KinshipFosterCareArrangement {
  switch (arrangement.type) {
    case "kinship-foster-care":
      return true;
    case "special-guardianship-order":
    case "child-arrangements-order":
    case "private-family-arrangement":
    case "informal-kinship-care":
    case "private-fostering":
    case "adoption-by-relative":
      return false;
    default: {
      const unreachable: never = arrangement;
      return unreachable;
    }
  }
}
