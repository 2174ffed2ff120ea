import { IsoDate, LaNumber } from "@childrens-social-care/core";
import * as z from "zod";
import { CorporateParentingPrinciple } from "../principles/corporate-parenting-principle";
import { DecisionLink } from "./decision-link";
import { Pledge } from "./pledge";
import { Priority } from "./priority";
import { CareExperienceProtectedCharacteristic } from "./protected-characteristic";
import { ParticipationForum, StrategyStatus } from "./strategy-codes";

/** A council's corporate parenting strategy (or care leavers', kinship or sufficiency strategy). */
export const Strategy = z
  .object({
    id: z.string().min(1),
    localAuthority: LaNumber.optional(),
    title: z.string().min(1),
    kind: z.enum([
      "corporate-parenting-strategy",
      "care-leavers-strategy",
      "kinship-strategy",
      "sufficiency-strategy",
    ]),
    /** The years it covers, e.g. 2023 to 2028 for a five-year strategy. */
    period: z.object({ fromYear: z.int().min(2000).max(2100), toYear: z.int().min(2000).max(2100) }).strict(),
    status: StrategyStatus,
    /** The decision that approved it; required once adopted (rule `corporate-parenting/strategy-approval`). */
    approval: DecisionLink.optional(),
    /** Where it is to be approved and when, while it is a draft. */
    approvalPlanned: z
      .object({
        decisionMaker: z.enum(["full-council", "cabinet", "cabinet-member", "committee"]),
        on: IsoDate.optional(),
      })
      .strict()
      .optional(),
    /** Meetings that scrutinised it. */
    scrutiny: z.array(DecisionLink).optional(),
    launchOn: IsoDate.optional(),
    vision: z.string().min(1).optional(),
    principles: z.array(CorporateParentingPrinciple).optional(),
    priorities: z.array(Priority).min(1),
    pledge: Pledge.optional(),
    careExperienceProtectedCharacteristic: CareExperienceProtectedCharacteristic.optional(),
    coProducedWith: z.array(ParticipationForum).optional(),
    reviewOn: IsoDate.optional(),
    /** The published document, e.g. "MAB CP Strategy 2023to28". */
    document: z.string().min(1).optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.Strategy",
    title: "Strategy",
    description:
      "A council's corporate parenting strategy: period, status, approval decision, priorities, pledge and related decisions.",
  });
/** A council's corporate parenting strategy. */
export type Strategy = z.infer<typeof Strategy>;
