import { defineRule } from "../rule";
import { differsFromHeader } from "./header-integrity";

/**
 * INT12: checks that the DOB the PlacedAdoption table gives for a child equals the child's Header DOB (blank or unreadable values are left to other rules).
 * DfE SSDA903 validation rule INT12 (internal data integrity check).
 */
export const ruleINT12 = defineRule({
  code: "INT12",
  tables: ["Header", "PlacedAdoption"],
  fields: ["DOB"],
  severity: "error",
  message:
    "The child's date of birth in the placed for adoption table differs from the date of birth in the Header: make the two agree.",
  *check(ctx) {
    yield* differsFromHeader(ctx, "PlacedAdoption", "DOB");
  },
});
