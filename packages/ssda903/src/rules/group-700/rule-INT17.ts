import { defineRule } from "../rule";
import { differsFromHeader } from "./header-integrity";

/**
 * INT17: checks that the DOB the Reviews table gives for a child equals the child's Header DOB (blank or unreadable values are left to other rules).
 * DfE SSDA903 validation rule INT17 (internal data integrity check).
 */
export const ruleINT17 = defineRule({
  code: "INT17",
  tables: ["Header", "Reviews"],
  fields: ["DOB"],
  severity: "error",
  message:
    "The child's date of birth in the reviews table differs from the date of birth in the Header: make the two agree.",
  *check(ctx) {
    yield* differsFromHeader(ctx, "Reviews", "DOB");
  },
});
