import * as z from "zod";

/** Where a strategy is in its life. */
export const StrategyStatus = z
  .enum(["draft", "consultation", "adopted", "in-force", "under-review", "superseded"])
  .meta({
    id: "corporate-parenting.StrategyStatus",
    title: "Strategy status",
    description: "Where a strategy is in its life, from draft to superseded.",
  });
/** Where a strategy is in its life. */
export type StrategyStatus = z.infer<typeof StrategyStatus>;

/** Progress of a commitment. */
export const CommitmentStatus = z
  .enum(["not-started", "on-track", "at-risk", "off-track", "achieved", "withdrawn"])
  .meta({
    id: "corporate-parenting.CommitmentStatus",
    title: "Commitment status",
    description: "Progress of a commitment.",
  });
/** Progress of a commitment. */
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

/** Progress of an action. Overdue is computed from the due date, never stored. */
export const ActionStatus = z.enum(["not-started", "in-progress", "completed", "cancelled"]).meta({
  id: "corporate-parenting.ActionStatus",
  title: "Action status",
  description: "Progress of an action; overdue is computed from the due date.",
});
/** Progress of an action. */
export type ActionStatus = z.infer<typeof ActionStatus>;

/** Who a pledge is made to. */
export const PledgeAudience = z
  .enum(["children-in-care", "care-leavers", "care-experienced", "kinship-families"])
  .meta({
    id: "corporate-parenting.PledgeAudience",
    title: "Pledge audience",
    description: "Who a pledge is made to.",
  });
/** Who a pledge is made to. */
export type PledgeAudience = z.infer<typeof PledgeAudience>;

/**
 * Forums through which children and young people shape strategies and pledges. Children in Care Councils
 * and Pledges date from Care Matters: Time for Change (DfES White Paper, 2007).
 */
export const ParticipationForum = z
  .enum([
    "children-in-care-council",
    "care-leavers-forum",
    "corporate-parenting-board",
    "corporate-parenting-panel",
    "youth-council",
    "parents-reference-group",
    "foster-carers",
    "other",
  ])
  .meta({
    id: "corporate-parenting.ParticipationForum",
    title: "Participation forum",
    description: "A forum through which children, young people and carers shape strategies and pledges.",
  });
/** A participation forum. */
export type ParticipationForum = z.infer<typeof ParticipationForum>;
