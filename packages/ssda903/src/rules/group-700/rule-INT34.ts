import { defineRule } from "../rule";
import { repeatedChildren } from "./header-integrity";

/**
 * INT34: checks that a child appears at most once in the OC3 table.
 * DfE SSDA903 validation rule INT34 (internal data integrity check).
 */
export const ruleINT34 = defineRule({
  code: "INT34",
  tables: ["OC3"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child appears more than once in the OC3 care leaver table, which holds one record per child: remove or merge the duplicate records.",
  *check(ctx) {
    yield* repeatedChildren(ctx, "OC3");
  },
});
