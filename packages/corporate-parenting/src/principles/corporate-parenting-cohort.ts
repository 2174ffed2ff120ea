import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

/**
 * Who the principles protect (Children and Social Work Act 2017 s1(2)): the "relevant children and young
 * persons". Care leavers are covered to 25, not 21.
 */
export const CorporateParentingCohort = defineCodeList(
  [
    {
      code: "looked-after-child",
      label: "Children looked after by a local authority",
      description: "Within the meaning of Children Act 1989 s22(1).",
      source: "Children and Social Work Act 2017 s1(2)(a)",
    },
    {
      code: "relevant-child",
      label: "Relevant children",
      description:
        "Within the meaning of Children Act 1989 s23A(2): aged 16 or 17, formerly eligible, no longer looked after.",
      source: "Children and Social Work Act 2017 s1(2)(b)",
    },
    {
      code: "former-relevant-child-under-25",
      label: "Persons aged under 25 who are former relevant children",
      description: "Within the meaning of Children Act 1989 s23C(1).",
      source: "Children and Social Work Act 2017 s1(2)(c)",
    },
  ] as const,
  {
    id: "corporate-parenting.CorporateParentingCohort",
    title: "Corporate parenting cohort",
    description:
      "The children and young people the corporate parenting principles apply to (CSWA 2017 s1(2)).",
  },
);
/** Who the principles protect. */
export type CorporateParentingCohort = z.infer<typeof CorporateParentingCohort>;

/**
 * Whether the principles apply to a young person of a given care status and age (CSWA 2017 s1(2)): a
 * looked-after or relevant child always; a former relevant child only while under 25.
 */
export function principlesApplyTo(cohort: CorporateParentingCohort, age: number): boolean {
  return cohort !== "former-relevant-child-under-25" || age < 25;
}
