import { defineRule } from "../rule";
import { childrenMissingFromHeader } from "./header-integrity";

/**
 * INT02: checks that every child in the PlacedAdoption table has a record in the Header.
 * DfE SSDA903 validation rule INT02 (internal data integrity check).
 */
export const ruleINT02 = defineRule({
  code: "INT02",
  tables: ["Header", "PlacedAdoption"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child is in the placed for adoption table but has no Header record: add the child to the Header or correct the child identifier.",
  *check(ctx) {
    yield* childrenMissingFromHeader(ctx, "PlacedAdoption");
  },
});
