import { defineRule } from "../rule";
import { differsFromHeader } from "./header-integrity";

/**
 * INT13: checks that the DOB the Missing table gives for a child equals the child's Header DOB (blank or unreadable values are left to other rules).
 * DfE SSDA903 validation rule INT13 (internal data integrity check).
 */
export const ruleINT13 = defineRule({
  code: "INT13",
  tables: ["Header", "Missing"],
  fields: ["DOB"],
  severity: "error",
  message:
    "The child's date of birth in the missing table differs from the date of birth in the Header: make the two agree.",
  *check(ctx) {
    yield* differsFromHeader(ctx, "Missing", "DOB");
  },
});
