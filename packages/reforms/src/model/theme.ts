import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// The themes follow the six pillars of "Stable Homes, Built on Love" (DfE, 2 Feb 2023) and the outcomes
// and enablers of the Children's Social Care National Framework (Dec 2023), split where councils track
// the work separately (kinship care apart from family networks, care leavers apart from children in care).
// Source: /shared/reference/reforms.md, synthesis (a), and the pillar headings quoted there from
// https://keoghs.davies-group.digital/keoghs-insight/stable-homes-built-on-love-the-government-responds-to-reviews-calling-for-reform-to-childrens-social-care
const SHBL = "Stable Homes, Built on Love (DfE, 2 Feb 2023)";
const NF = "Children's Social Care National Framework (DfE, Dec 2023)";

/** The area of children's social care a reform belongs to. */
export const ReformTheme = defineCodeList(
  [
    {
      code: "family-help",
      label: "Family help",
      description: "Targeted early help and child-in-need support joined in one family help service.",
      source: `${SHBL}, pillar 1; ${NF}, outcome 1`,
    },
    {
      code: "child-protection",
      label: "Multi-agency child protection",
      source: `${SHBL}, pillar 2; ${NF}, outcome 3`,
    },
    {
      code: "family-networks",
      label: "Family networks and family group decision-making",
      source: `${SHBL}, pillar 3; ${NF}, outcome 2`,
    },
    {
      code: "kinship-care",
      label: "Kinship care",
      source: `${SHBL}, pillar 3; Championing Kinship Care (DfE, Dec 2023)`,
    },
    {
      code: "children-in-care",
      label: "Children in care, placements and stability",
      source: `${SHBL}, pillar 4; ${NF}, outcome 4`,
    },
    {
      code: "care-leavers",
      label: "Care leavers and the move to adulthood",
      source: `${SHBL}, pillar 4; ${NF}, outcome 4`,
    },
    {
      code: "corporate-parenting",
      label: "Corporate parenting and care experience",
      source: "Independent Review of Children's Social Care (May 2022), chapter 6",
    },
    {
      code: "education-and-safeguarding",
      label: "Education's part in safeguarding",
      description: "Virtual school heads, education in safeguarding arrangements, children not in school.",
      source: "Keeping Children Safe, Helping Families Thrive (DfE, Nov 2024)",
    },
    {
      code: "placement-market",
      label: "Placement market and provider regulation",
      description: "Ofsted powers, financial oversight, profit limits, regional care co-operatives.",
      source: `${SHBL}, pillar 4; CMA children's social care market study (Mar 2022)`,
    },
    {
      code: "workforce",
      label: "Social work workforce",
      source: `${SHBL}, pillar 5; ${NF}, enabler "the workforce is equipped and effective"`,
    },
    {
      code: "data-and-information-sharing",
      label: "Data, information sharing and a consistent child identifier",
      source: `${SHBL}, pillar 6; ${NF}, enabler "multi-agency working is prioritised and effective"`,
    },
    {
      code: "system-accountability",
      label: "National framework, dashboard and learning",
      source: `${SHBL}, pillar 6; ${NF}, enabler "leaders drive conditions for effective practice"`,
    },
  ] as const,
  {
    id: "reforms.ReformTheme",
    title: "Reform theme",
    description: "The area of children's social care a reform provision belongs to.",
  },
);
export type ReformTheme = z.infer<typeof ReformTheme>;
