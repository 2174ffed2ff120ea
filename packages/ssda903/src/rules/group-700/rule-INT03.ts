import { defineRule } from "../rule";
import { childrenMissingFromHeader } from "./header-integrity";

/**
 * INT03: checks that every child in the Episodes table has a record in the Header.
 * DfE SSDA903 validation rule INT03 (internal data integrity check).
 */
export const ruleINT03 = defineRule({
  code: "INT03",
  tables: ["Header", "Episodes"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child is in the episodes table but has no Header record: add the child to the Header or correct the child identifier.",
  *check(ctx) {
    yield* childrenMissingFromHeader(ctx, "Episodes");
  },
});
