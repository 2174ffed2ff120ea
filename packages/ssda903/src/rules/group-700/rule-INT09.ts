import { defineRule } from "../rule";
import { childrenMissingFromHeader } from "./header-integrity";

/**
 * INT09: checks that every child in the UASC table has a record in the Header.
 * DfE SSDA903 validation rule INT09 (internal data integrity check).
 */
export const ruleINT09 = defineRule({
  code: "INT09",
  tables: ["Header", "UASC"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child is in the UASC table but has no Header record: add the child to the Header or correct the child identifier.",
  *check(ctx) {
    yield* childrenMissingFromHeader(ctx, "UASC");
  },
});
