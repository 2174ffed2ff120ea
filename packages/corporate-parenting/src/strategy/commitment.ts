import { IsoDate, personal } from "@childrens-social-care/core";
import * as z from "zod";
import { CorporateParentingPrinciple } from "../principles/corporate-parenting-principle";
import { ActionStatus, CommitmentStatus } from "./strategy-codes";

/** A promise: who makes it, what is promised, and the principles it serves. */
export const Commitment = z
  .object({
    id: z.string().min(1),
    /** Who promises, e.g. "Corporate parents and partners", "The housing service". */
    madeBy: z.string().min(1),
    /** What is promised, e.g. "We will ..." */
    text: z.string().min(1),
    principles: z.array(CorporateParentingPrinciple),
    responsibleRole: z.string().min(1).optional(),
    dueBy: IsoDate.optional(),
    /** Progress, once it is being tracked. */
    status: CommitmentStatus.optional(),
    measureIds: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.Commitment",
    title: "Commitment",
    description: "A promise in a pledge or strategy: who promises what, and the principles it serves.",
  });
/** A promise in a pledge or strategy. */
export type Commitment = z.infer<typeof Commitment>;

/** Someone who signed a pledge. Names are personal data, even of public office holders. */
export const Signatory = z
  .object({
    name: personal(z.string().min(1)).optional(),
    role: z.string().min(1),
    organisation: z.string().min(1),
    signedOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.Signatory",
    title: "Signatory",
    description: "Someone who signed a pledge: role, organisation and date; the name is personal data.",
  });
/** Someone who signed a pledge. */
export type Signatory = z.infer<typeof Signatory>;

/** An action in a strategy's action plan: owner, due date and status. */
export const StrategyAction = z
  .object({
    id: z.string().min(1),
    description: z.string().min(1),
    /** The role or team responsible (not a person's name). */
    owner: z.string().min(1),
    /** When it is due; minutes often record an action without a date. */
    due: IsoDate.optional(),
    status: ActionStatus,
    completedOn: IsoDate.optional(),
    /** Where the action came from, e.g. a resolution of a meeting. */
    source: z.string().min(1).optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.StrategyAction",
    title: "Strategy action",
    description: "An action in a strategy's action plan: owner, due date and status.",
  });
/** An action in a strategy's action plan. */
export type StrategyAction = z.infer<typeof StrategyAction>;

/** The voice of children: what they told the council, and what it will do in response. */
export const YouToldUs = z
  .object({
    youToldUs: z.string().min(1),
    whatWeWillDo: z.string().min(1),
    /** Through which forum it was heard. */
    heardThrough: z.string().min(1).optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.YouToldUs",
    title: "You told us / what we will do",
    description: "What children and young people said, and what the council will do about it.",
  });
/** The voice of children. */
export type YouToldUs = z.infer<typeof YouToldUs>;
