import type { ValidationIssue } from "@childrens-social-care/core";
import { isCloseRelative } from "../arrangement/carer";
import type { KinshipArrangement } from "../arrangement/kinship-arrangement";
import type { Rule } from "../rule";

/**
 * The informal forms depend on who the carer is (Kinship care statutory guidance 2024, informal types
 * (i)-(iii); Children Act 1989 ss66, 105): a private family arrangement is care by a close relative;
 * "other informal kinship care" is care by someone who is not. A non-close relative caring for a child
 * under 16 for 28 days or more is privately fostering, which the local authority must be told about.
 */
export const informalFormMatchesCarer: Rule<KinshipArrangement> = {
  id: "kinship/informal-form-matches-carer",
  severity: "error",
  description:
    "A private family arrangement is with a close relative; other informal kinship care is with someone who is not.",
  source: 'Kinship care statutory guidance (DfE, October 2024); Children Act 1989 s66 and s105 ("relative")',
  check(arrangement) {
    const issues: ValidationIssue[] = [];
    if (arrangement.type === "private-family-arrangement")
      arrangement.carers.forEach((carer, index) => {
        if (!isCloseRelative(carer.relationship))
          issues.push({
            rule: "kinship/informal-form-matches-carer",
            severity: "error",
            message:
              "A private family arrangement is care by a close relative; care by anyone else for 28 days or more is private fostering (if the child is under 16, or 18 if disabled) or other informal kinship care.",
            path: ["carers", index, "relationship"],
          });
      });
    if (arrangement.type === "informal-kinship-care")
      arrangement.carers.forEach((carer, index) => {
        if (isCloseRelative(carer.relationship))
          issues.push({
            rule: "kinship/informal-form-matches-carer",
            severity: "error",
            message: "Care by a close relative without an order is a private family arrangement.",
            path: ["carers", index, "relationship"],
          });
      });
    return issues;
  },
};
