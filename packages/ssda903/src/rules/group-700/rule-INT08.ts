import { defineRule } from "../rule";
import { childrenMissingFromHeader } from "./header-integrity";

/**
 * INT08: checks that every child in the Reviews table has a record in the Header.
 * DfE SSDA903 validation rule INT08 (internal data integrity check).
 */
export const ruleINT08 = defineRule({
  code: "INT08",
  tables: ["Header", "Reviews"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child is in the reviews table but has no Header record: add the child to the Header or correct the child identifier.",
  *check(ctx) {
    yield* childrenMissingFromHeader(ctx, "Reviews");
  },
});
