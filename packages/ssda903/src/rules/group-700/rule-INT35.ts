import { defineRule } from "../rule";
import { repeatedChildren } from "./header-integrity";

/**
 * INT35: checks that a child appears at most once in the PrevPerm table.
 * DfE SSDA903 validation rule INT35 (internal data integrity check).
 */
export const ruleINT35 = defineRule({
  code: "INT35",
  tables: ["PrevPerm"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child appears more than once in the previous permanence table, which holds one record per child: remove or merge the duplicate records.",
  *check(ctx) {
    yield* repeatedChildren(ctx, "PrevPerm");
  },
});
