import { defineRule } from "../rule";
import { repeatedChildren } from "./header-integrity";

/**
 * INT36: checks that a child appears at most once in the UASC table.
 * DfE SSDA903 validation rule INT36 (internal data integrity check).
 */
export const ruleINT36 = defineRule({
  code: "INT36",
  tables: ["UASC"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child appears more than once in the UASC table, which holds one record per child: remove or merge the duplicate records.",
  *check(ctx) {
    yield* repeatedChildren(ctx, "UASC");
  },
});
