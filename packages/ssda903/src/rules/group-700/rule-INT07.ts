import { defineRule } from "../rule";
import { childrenMissingFromHeader } from "./header-integrity";

/**
 * INT07: checks that every child in the PrevPerm table has a record in the Header.
 * DfE SSDA903 validation rule INT07 (internal data integrity check).
 */
export const ruleINT07 = defineRule({
  code: "INT07",
  tables: ["Header", "PrevPerm"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child is in the previous permanence table but has no Header record: add the child to the Header or correct the child identifier.",
  *check(ctx) {
    yield* childrenMissingFromHeader(ctx, "PrevPerm");
  },
});
