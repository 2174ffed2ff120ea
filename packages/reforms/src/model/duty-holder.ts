import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

/** Who a reform places a duty or power on (who must act). */
export const DutyHolder = defineCodeList(
  [
    { code: "local-authority", label: "Local authority (children's services)", source: "Children Act 1989" },
    {
      code: "safeguarding-partners",
      label: "Safeguarding partners",
      description: "The local authority, integrated care board and chief officer of police for an area.",
      source: "Children Act 2004 s16E",
    },
    {
      code: "education-and-childcare",
      label: "Schools, colleges and childcare providers",
      description: "As relevant agencies in safeguarding arrangements and as corporate parents.",
      source: "Children Act 2004 s16E as amended by CWSA 2026 s2",
    },
    { code: "integrated-care-board", label: "Integrated care board (NHS)", source: "Children Act 2004 s16E" },
    { code: "police", label: "Chief officer of police", source: "Children Act 2004 s16E" },
    { code: "secretary-of-state", label: "Secretary of State (DfE)", source: "CWSA 2026 Part 1" },
    {
      code: "ofsted",
      label: "Ofsted (HM Chief Inspector)",
      source: "Care Standards Act 2000 Part 2 as amended by CWSA 2026 ss14-15",
    },
    {
      code: "providers",
      label: "Children's home and fostering agency providers",
      source: "Care Standards Act 2000 Part 2",
    },
    {
      code: "national-public-bodies",
      label: "Other public bodies named as corporate parents",
      description:
        "Secretaries of State, the Lord Chancellor, NHS bodies, Ofsted, CQC, the Youth Justice Board.",
      source: "Children's Wellbeing and Schools Bill, Commons new clause 18 (17 Mar 2025)",
    },
    { code: "local-housing-authority", label: "Local housing authority", source: "CWSA 2026 s8" },
    { code: "parents", label: "Parents", source: "Education Act 1996 s434A (CWSA 2026 s37)" },
  ] as const,
  {
    id: "reforms.DutyHolder",
    title: "Duty holder",
    description: "Who a reform provision places a duty or power on.",
  },
);
export type DutyHolder = z.infer<typeof DutyHolder>;
