import { defineRule } from "../rule";
import { childrenMissingFromHeader } from "./header-integrity";

/**
 * INT04: checks that every child in the Missing table has a record in the Header.
 * DfE SSDA903 validation rule INT04 (internal data integrity check).
 */
export const ruleINT04 = defineRule({
  code: "INT04",
  tables: ["Header", "Missing"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child is in the missing table but has no Header record: add the child to the Header or correct the child identifier.",
  *check(ctx) {
    yield* childrenMissingFromHeader(ctx, "Missing");
  },
});
