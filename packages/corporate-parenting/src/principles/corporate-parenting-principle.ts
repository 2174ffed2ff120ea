import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// Children and Social Work Act 2017 (c. 16) s1(1), as enacted (Royal Assent 27 April 2017):
// https://www.legislation.gov.uk/ukpga/2017/16/section/1/enacted
// The labels are the enacted wording of paragraphs (a)-(g), word for word. (The Bill's earlier wording
// of (a), "promote the health and well-being", did not survive; HL Bill 57 (2016-17).)
const S1 = "Children and Social Work Act 2017 s1(1)";

/**
 * The stem of s1(1): each principle completes "have regard to the need—".
 */
export const CORPORATE_PARENTING_PRINCIPLES_STEM =
  "A local authority in England must, in carrying out functions in relation to the children and young people mentioned in subsection (2), have regard to the need—";

/**
 * The seven corporate parenting principles. `labelOf(code)` gives the enacted wording of the paragraph;
 * the description names the paragraph.
 */
export const CorporateParentingPrinciple = defineCodeList(
  [
    {
      code: "best-interests-health-wellbeing",
      label:
        "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people",
      description: "s1(1)(a)",
      source: `${S1}(a)`,
    },
    {
      code: "encourage-views-wishes-feelings",
      label: "to encourage those children and young people to express their views, wishes and feelings",
      description: "s1(1)(b)",
      source: `${S1}(b)`,
    },
    {
      code: "take-into-account-views",
      label: "to take into account the views, wishes and feelings of those children and young people",
      description: "s1(1)(c)",
      source: `${S1}(c)`,
    },
    {
      code: "access-to-services",
      label:
        "to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners",
      description: "s1(1)(d)",
      source: `${S1}(d)`,
    },
    {
      code: "high-aspirations-best-outcomes",
      label:
        "to promote high aspirations, and seek to secure the best outcomes, for those children and young people",
      description: "s1(1)(e)",
      source: `${S1}(e)`,
    },
    {
      code: "safety-and-stability",
      label:
        "for those children and young people to be safe, and for stability in their home lives, relationships and education or work",
      description: "s1(1)(f)",
      source: `${S1}(f)`,
    },
    {
      code: "prepare-for-adulthood",
      label: "to prepare those children and young people for adulthood and independent living",
      description: "s1(1)(g)",
      source: `${S1}(g)`,
    },
  ] as const,
  {
    id: "corporate-parenting.CorporateParentingPrinciple",
    title: "Corporate parenting principle",
    description:
      "One of the seven corporate parenting principles of the Children and Social Work Act 2017 s1(1).",
  },
);
/** One of the seven corporate parenting principles. */
export type CorporateParentingPrinciple = z.infer<typeof CorporateParentingPrinciple>;

/** The paragraph of s1(1) a principle is: "a" to "g". */
export function paragraphOf(principle: CorporateParentingPrinciple): "a" | "b" | "c" | "d" | "e" | "f" | "g" {
  const index = CorporateParentingPrinciple.options.indexOf(principle);
  return "abcdefg"[index] as "a" | "b" | "c" | "d" | "e" | "f" | "g";
}

/** The principle as s1(1) reads in full: the stem followed by its paragraph. */
export function enactedText(principle: CorporateParentingPrinciple): string {
  return `${CORPORATE_PARENTING_PRINCIPLES_STEM} (${paragraphOf(principle)}) ${CorporateParentingPrinciple.labelOf(principle)}`;
}
