import * as z from "zod";
import { CorporateParentingPrinciple } from "../principles/corporate-parenting-principle";
import { Commitment, StrategyAction, YouToldUs } from "./commitment";

/** A priority of a strategy, with the voice of children behind it, commitments, actions and measures. */
export const Priority = z
  .object({
    id: z.string().min(1),
    /** Position in the strategy, from 1. */
    order: z.int().min(1),
    title: z.string().min(1),
    description: z.string().min(1).optional(),
    principles: z.array(CorporateParentingPrinciple),
    voice: z.array(YouToldUs).optional(),
    commitments: z.array(Commitment).optional(),
    actions: z.array(StrategyAction).optional(),
    measureIds: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.Priority",
    title: "Priority",
    description: "A priority of a corporate parenting strategy.",
  });
/** A priority of a strategy. */
export type Priority = z.infer<typeof Priority>;
