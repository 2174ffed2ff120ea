import { defineRule } from "../rule";
import { differsFromHeader } from "./header-integrity";

/**
 * INT16: checks that the DOB the PrevPerm table gives for a child equals the child's Header DOB (blank or unreadable values are left to other rules).
 * DfE SSDA903 validation rule INT16 (internal data integrity check).
 */
export const ruleINT16 = defineRule({
  code: "INT16",
  tables: ["Header", "PrevPerm"],
  fields: ["DOB"],
  severity: "error",
  message:
    "The child's date of birth in the previous permanence table differs from the date of birth in the Header: make the two agree.",
  *check(ctx) {
    yield* differsFromHeader(ctx, "PrevPerm", "DOB");
  },
});
