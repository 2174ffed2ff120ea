import { defineRule } from "../rule";
import { differsFromHeader } from "./header-integrity";

/**
 * INT18: checks that the DOB the UASC table gives for a child equals the child's Header DOB (blank or unreadable values are left to other rules).
 * DfE SSDA903 validation rule INT18 (internal data integrity check).
 */
export const ruleINT18 = defineRule({
  code: "INT18",
  tables: ["Header", "UASC"],
  fields: ["DOB"],
  severity: "error",
  message:
    "The child's date of birth in the UASC table differs from the date of birth in the Header: make the two agree.",
  *check(ctx) {
    yield* differsFromHeader(ctx, "UASC", "DOB");
  },
});
