import { defineRule } from "../rule";
import { orderWithoutPlacementDecision } from "../shared/order-without-placement-decision";

/**
 * 555: a child with a freeing order (an episode with legal status D1) must have a PlacedAdoption record
 * (the episode is flagged when there is none), and while that episode is open the record must not show
 * the decision as ended (DATE_PLACED_CEASED or REASON_PLACED_CEASED given; the record is flagged).
 * Freeing orders (D1) were removed from the rule set in 2024-25.
 * DfE SSDA903 validation rule 555 (Episodes: LS, DEC; PlacedAdoption: DATE_PLACED_CEASED, REASON_PLACED_CEASED).
 */
export const rule555 = defineRule({
  code: "555",
  until: "2023-24",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
  severity: "error",
  message:
    "A freeing order is recorded (D1) but there is no matching decision that the child should be placed for adoption, or that decision is shown as ended while the order is in force.",
  check: (ctx) => orderWithoutPlacementDecision(ctx, "D1"),
});
