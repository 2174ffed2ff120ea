// The corporate parenting strategy presented in the fixture minutes "corporate-parenting-strategy-refresh"
// (/work/shared/fixtures/minutes/corporate-parenting-strategy-refresh.txt), written as data. Everything
// here is in the minutes: the five priorities, the pledge signed by corporate parents and partners, the
// proposal to adopt care experience as a protected characteristic, the commitments officers described,
// the resolutions, and the supporting documents of item 7.3 ("CorporateParentingCommitments -PC FINAL",
// "MAB CP Strategy 2023to28"). The minutes name no council and give no due dates, so none are invented.
// Officers' names are left out: this is a model, not a copy of the minutes.
import type { Strategy } from "./strategy/strategy";

const ITEM = "7.3";

export const strategyFromMinutes: Strategy = {
  id: "cp-strategy-2023-28",
  title: "Corporate Parenting Strategy 2023 to 2028",
  kind: "corporate-parenting-strategy",
  period: { fromYear: 2023, toYear: 2028 },
  status: "draft",
  approvalPlanned: { decisionMaker: "cabinet", on: "2023-07-26" },
  scrutiny: [
    {
      decisionRef: "Corporate Parenting Strategy Refresh, resolution 1: that the presentation be noted",
      agendaItem: ITEM,
      decisionMaker: "sub-committee",
    },
  ],
  vision: "A community of carers, with children's key messages kept at the forefront.",
  coProducedWith: ["foster-carers", "parents-reference-group", "other"],
  document: "MAB CP Strategy 2023to28",
  priorities: [
    {
      id: "p1",
      order: 1,
      title: "A safe and stable home",
      principles: ["safety-and-stability"],
      commitments: [
        {
          id: "p1-c1",
          madeBy: "Fostering service",
          text: "Carers are clustered around a Mockingbird hub home with a therapeutic support link at the centre, and every need of the child is matched.",
          principles: ["safety-and-stability", "best-interests-health-wellbeing"],
        },
      ],
    },
    {
      id: "p2",
      order: 2,
      title: "Trusted and strong relationships",
      principles: ["safety-and-stability"],
      commitments: [
        {
          id: "p2-c1",
          madeBy: "Supporting Families",
          text: "Lifelong Links supports children in care, care leavers and their family members in the UK and abroad.",
          principles: ["safety-and-stability"],
        },
        {
          id: "p2-c2",
          madeBy: "Supporting Families",
          text: "Family group conferences let extended family voice concerns and help shape decisions, with dedicated advocates for children and families.",
          principles: ["encourage-views-wishes-feelings", "take-into-account-views"],
        },
      ],
    },
    {
      id: "p3",
      order: 3,
      title: "Education and aspirations",
      principles: ["high-aspirations-best-outcomes"],
      commitments: [
        {
          id: "p3-c1",
          madeBy: "Education employment advisers",
          text: "The team of education employment advisers has been expanded to support those seeking full-time employment.",
          principles: ["high-aspirations-best-outcomes", "prepare-for-adulthood"],
        },
      ],
    },
    {
      id: "p4",
      order: 4,
      title: "Health and emotional Wellbeing",
      principles: ["best-interests-health-wellbeing"],
      commitments: [
        {
          id: "p4-c1",
          madeBy: "Fostering service",
          text: "Foster carers are trauma informed.",
          principles: ["best-interests-health-wellbeing"],
        },
      ],
    },
    {
      id: "p5",
      order: 5,
      title: "Co-production",
      description:
        "Holistic activities with children living in care, social workers, parents and personal advisers to design the strategy; a parents reference group.",
      principles: ["encourage-views-wishes-feelings", "take-into-account-views"],
      actions: [
        {
          id: "r2",
          description: "Submit research data on care leavers to sub-committee members outside the meeting.",
          owner: "Supporting Families",
          status: "not-started",
          source: "Resolution 2",
        },
        {
          id: "r3",
          description:
            "Invite young residents and care leavers to the sub-committee to discuss their experiences.",
          owner: "Supporting Families",
          status: "not-started",
          source: "Resolution 3",
        },
      ],
    },
  ],
  pledge: {
    id: "cp-commitments",
    title: "Corporate Parenting Commitments",
    audience: ["children-in-care", "care-leavers"],
    madeBy: "Corporate parents and partners",
    signatories: [
      { role: "Corporate parent", organisation: "The council" },
      { role: "Partner", organisation: "Partner organisations" },
    ],
    authoredWith: ["other"],
    document: "CorporateParentingCommitments -PC FINAL",
    commitments: [
      {
        id: "pl-1",
        madeBy: "All council departments",
        text: "Provide apprenticeships for care leavers.",
        principles: ["prepare-for-adulthood", "high-aspirations-best-outcomes"],
      },
      {
        id: "pl-2",
        madeBy: "Housing and children's services",
        text: "Treat care leavers' housing needs as a priority, under a joint working protocol.",
        principles: ["safety-and-stability", "access-to-services"],
      },
      {
        id: "pl-3",
        madeBy: "The council, with the Department for Work and Pensions",
        text: "Help care leavers at Kit Kat Terrace into work with the Department for Work and Pensions.",
        principles: ["access-to-services"],
      },
      {
        id: "pl-4",
        madeBy: "Leaving care service",
        text: "Increase care leaver allowances to meet the cost of living, with guidance on budgeting.",
        principles: ["prepare-for-adulthood"],
      },
    ],
  },
  careExperienceProtectedCharacteristic: {
    status: "proposed",
    proposedAt: {
      decisionRef:
        "Corporate Parenting Strategy Refresh: proposal to adopt care experience as a protected characteristic",
      agendaItem: ITEM,
      decisionMaker: "sub-committee",
    },
    effects: ["equality-impact-assessments"],
    rationale:
      "Care leavers are at a disadvantage, with higher outcomes for homelessness, criminality and premature death.",
  },
};
