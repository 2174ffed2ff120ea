import { defineCodeList, IsoDate, personal } from "@childrens-social-care/core";
import * as z from "zod";

// Children Act 1989 s31ZA "Family group decision-making", inserted by the Children's Wellbeing and
// Schools Act 2026 (c. 21) s1 (https://www.legislation.gov.uk/id/ukpga/2026/21/section/1):
// (1) before applying for a care or supervision order (Part 4) a local authority in England must offer a
//     family group decision-making meeting to the child's parents and anyone with parental responsibility;
// (2) if at least one accepts, it must arrange for the meeting to be held before applying;
// (3) unless it considers a meeting not in the child's best interests;
// (4),(5) the meeting lets the family network discuss the child's welfare needs and make a proposal;
// (6) the offer must be in the "letter before proceedings".

/** The kind of family meeting. */
export const FamilyNetworkMeetingType = defineCodeList(
  [
    {
      code: "family-group-decision-making",
      label: "Family group decision-making meeting (before care proceedings)",
      source: "Children Act 1989 s31ZA (Children's Wellbeing and Schools Act 2026 s1)",
    },
    {
      code: "family-group-conference",
      label: "Family group conference (independent coordinator, private family time)",
      source: "Family Rights Group model; Working Together to Safeguard Children 2023",
    },
    {
      code: "family-network-meeting",
      label: "Family network meeting (led by the social worker)",
      source: "Families First Partnership programme guide (DfE, 2025)",
    },
    {
      code: "lifelong-links-conference",
      label: "Lifelong Links family group conference",
      source: "Family Rights Group, Lifelong Links",
    },
    { code: "review-meeting", label: "Review meeting", source: "Family group conference practice" },
  ] as const,
  {
    id: "kinship.FamilyNetworkMeetingType",
    title: "Family network meeting type",
    description:
      "The kind of family meeting: statutory family group decision-making, family group conference, family network meeting, Lifelong Links or review.",
  },
);
/** The kind of family meeting. */
export type FamilyNetworkMeetingType = z.infer<typeof FamilyNetworkMeetingType>;

/** Whether a meeting was offered (s31ZA(1),(6)) or not, because not in the child's best interests (s31ZA(3)). */
export const FamilyMeetingOffer = z
  .discriminatedUnion("decision", [
    z
      .object({
        decision: z.literal("offered"),
        offeredOn: IsoDate,
        offeredTo: z.array(z.enum(["parent", "person-with-parental-responsibility"])).min(1),
        /** s31ZA(6): the offer is in the letter before proceedings. */
        inLetterBeforeProceedings: z.boolean(),
        response: z.enum(["accepted", "declined", "no-response"]),
        respondedOn: IsoDate.optional(),
      })
      .strict(),
    z
      .object({
        decision: z.literal("not-offered-not-in-best-interests"),
        decidedOn: IsoDate,
        reason: z.string().min(1),
      })
      .strict(),
  ])
  .meta({
    id: "kinship.FamilyMeetingOffer",
    title: "Family meeting offer",
    description:
      "Whether a family group decision-making meeting was offered (s31ZA(1),(6)) or not in the child's best interests (s31ZA(3)).",
  });
/** Whether a meeting was offered. */
export type FamilyMeetingOffer = z.infer<typeof FamilyMeetingOffer>;

/** One person at a family meeting. */
export const FamilyMeetingParticipant = z
  .object({
    personId: personal(z.string().min(1)).optional(),
    role: z.enum([
      "child",
      "parent",
      "person-with-parental-responsibility",
      "relative",
      "friend",
      "connected-person",
      "advocate",
      "professional",
    ]),
    attended: z.boolean(),
  })
  .strict()
  .meta({
    id: "kinship.FamilyMeetingParticipant",
    title: "Family meeting participant",
    description: "One person at a family meeting, by role, and whether they attended.",
  });
/** One person at a family meeting. */
export type FamilyMeetingParticipant = z.infer<typeof FamilyMeetingParticipant>;

/** A meeting that took place, and what came of it. */
export const FamilyMeetingHeld = z
  .object({
    heldOn: IsoDate,
    /** An independent coordinator, as a family group conference has. */
    independentCoordinator: z.boolean(),
    /** The family met alone to make its plan. */
    privateFamilyTime: z.boolean(),
    participants: z.array(FamilyMeetingParticipant),
    outcome: z
      .object({
        familyPlanAgreed: z.boolean(),
        /** The plan proposes that the child lives with someone in the family network. */
        proposesKinshipCare: z.boolean().optional(),
        familyNetworkSupportPackageRequested: z.boolean().optional(),
        summary: z.string().min(1).optional(),
      })
      .strict(),
  })
  .strict()
  .meta({
    id: "kinship.FamilyMeetingHeld",
    title: "Family meeting held",
    description:
      "A family meeting that took place: coordinator, private family time, who came and the outcome.",
  });
/** A meeting that took place. */
export type FamilyMeetingHeld = z.infer<typeof FamilyMeetingHeld>;

/**
 * A family network meeting or family group decision-making meeting: offered, accepted, held, and its
 * outcome. Before care proceedings it is a statutory duty (s31ZA), checked by
 * `familyGroupDecisionMakingBeforeProceedings`.
 */
export const FamilyNetworkMeeting = z
  .object({
    id: z.string().min(1),
    childIds: z.array(personal(z.string().min(1))).min(1),
    type: FamilyNetworkMeetingType,
    trigger: z.enum([
      "family-help",
      "child-protection",
      "pre-proceedings",
      "care-planning",
      "care-leaver",
      "private-law",
    ]),
    offer: FamilyMeetingOffer.optional(),
    held: FamilyMeetingHeld.optional(),
    /** The council's application for a care or supervision order (Children Act 1989 Part 4), if made. */
    careProceedings: z
      .object({ appliedOn: IsoDate, order: z.enum(["care-order", "supervision-order"]) })
      .strict()
      .optional(),
    reviewOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.FamilyNetworkMeeting",
    title: "Family network meeting",
    description:
      "A family network or family group decision-making meeting: offer, response, meeting and outcome.",
  });
/** A family network meeting. */
export type FamilyNetworkMeeting = z.infer<typeof FamilyNetworkMeeting>;
