import { defineRule } from "../rule";
import { orderWithoutPlacementDecision } from "../shared/order-without-placement-decision";

/**
 * 553: a child with a placement order (an episode with legal status E1) must have a PlacedAdoption record
 * (the episode is flagged when there is none), and while that episode is open the record must not show
 * the decision as ended (DATE_PLACED_CEASED or REASON_PLACED_CEASED given; the record is flagged).
 * DfE SSDA903 validation rule 553 (Episodes: LS, DEC; PlacedAdoption: DATE_PLACED_CEASED, REASON_PLACED_CEASED).
 */
export const rule553 = defineRule({
  code: "553",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
  severity: "error",
  message:
    "A placement order is recorded (E1) but there is no matching decision that the child should be placed for adoption, or that decision is shown as ended while the order is in force.",
  check: (ctx) => orderWithoutPlacementDecision(ctx, "E1"),
});
