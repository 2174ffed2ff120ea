// Children's Wellbeing and Schools Act 2026, Part 1: support for children in care, leaving care or in
// kinship care (ss5-8), corporate parenting, regional co-operation and deprivation of liberty (ss12-13).
// Facts from /shared/reference/reforms.md and kinship-corporate-parenting.md (steps 11-17) with the
// legislation.gov.uk pages cited on each reference.
import type { ProvisionInput } from "../model/provision";
import {
  bySecretaryOfStateRegulations,
  CWSA,
  cwsaRef,
  enactedAs,
  inBillAsIntroduced,
  ROYAL_ASSENT,
  S78,
  TWO_MONTHS_AFTER_ASSENT,
} from "./helpers";

export const careProvisions: readonly ProvisionInput[] = [
  {
    id: "kinship-local-offer",
    title: "Kinship local offer",
    aliases: ["kinship local offer", "kinship care information duty", "statutory definition of kinship care"],
    summary:
      "Each council in England must publish its approach to supporting children in kinship care and their carers, the financial support they may get (from the council or others) and local services for health and wellbeing, relationships, education and training, and accommodation, keep it up to date, and take steps so families actually receive it. The section also defines kinship care in statute.",
    theme: "kinship-care",
    kind: "duty",
    sourceIds: [
      "championing-kinship-care-2023",
      "keeping-children-safe-2024",
      "cws-bill-2024",
      "cws-act-2026",
    ],
    legalBasis: {
      kind: "legislation",
      references: [
        cwsaRef(5, "inserts", "Children Act 1989 s22H", true),
        cwsaRef(
          5,
          "inserts",
          "Children Act 1989 s22I",
          false,
          "Definitions of kinship care and kinship carer; the text of s22I was not retrieved.",
          "The full enacted text of s5 (https://www.legislation.gov.uk/ukpga/2026/21/section/5/enacted), which inserts s22I after s22H: its definitions of kinship care and kinship carer.",
        ),
      ],
    },
    dutyHolders: ["local-authority"],
    history: [
      { status: "proposed", date: "2023-12-15", sourceIds: ["championing-kinship-care-2023"] },
      inBillAsIntroduced("5"),
      enactedAs(5),
      {
        status: "in-force",
        date: TWO_MONTHS_AFTER_ASSENT,
        sourceIds: ["cws-act-2026"],
        pinpoint: S78,
        note: "s78(2)(a): in force at the end of two months beginning with Royal Assent.",
      },
    ],
    commencement: {
      mechanism: "fixed-period",
      date: TWO_MONTHS_AFTER_ASSENT,
      sourceIds: ["cws-act-2026"],
      pinpoint: S78,
    },
    councilActions: [
      "Publish the kinship local offer: general approach, financial support, and services for health and wellbeing, relationships, education and training, and accommodation.",
      "Take reasonably practicable steps so kinship children and carers receive it; review and update it.",
      "Consult kinship children and carers before publishing or updating, and report on the consultation (a government-backed amendment reported in January 2026; check the enacted s22H).",
    ],
    verified: true,
    openQuestions: [
      "The text of Children Act 1989 s22I (definitions).",
      "Whether the consultation duty reported in January 2026 is in the enacted s22H.",
    ],
    links: [
      "https://www.legislation.gov.uk/id/ukpga/2026/21/section/5",
      "https://www.socialworktoday.co.uk/News/amendment-to-strengthen-kinship-care-duties-in-childrens-wellbeing-and-schools-bill",
    ],
  },
  {
    id: "virtual-school-head-duty",
    title: "Duty to promote the education of children in need and children in kinship care",
    aliases: [
      "virtual school head",
      "virtual school",
      "virtual school for children with a social worker",
      "social worker supported by the virtual school",
    ],
    summary:
      "Councils in England must promote the educational achievement of children who have (or had) a social worker under Children Act 1989 s17 and of children in kinship care in their area, and appoint an officer to do it (in practice the virtual school head). This puts on a statutory footing a role that has run on guidance since 2021.",
    theme: "education-and-safeguarding",
    kind: "duty",
    sourceIds: [
      "vsh-extension-guidance-2021",
      "championing-kinship-care-2023",
      "cws-bill-2024",
      "cws-act-2026",
    ],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(6, "inserts", "Children Act 1989 s23ZZZA", true)],
    },
    dutyHolders: ["local-authority"],
    history: [
      {
        status: "proposed",
        date: "2023-12-15",
        sourceIds: ["championing-kinship-care-2023"],
        note: "The kinship strategy extended the (non-statutory) role to kinship care.",
      },
      inBillAsIntroduced("6"),
      enactedAs(6),
    ],
    commencement: bySecretaryOfStateRegulations(
      "Prospective on legislation.gov.uk; on a day the Secretary of State appoints (s78(5)); none found by 30 June 2026 nor in the sources searched on 4 December 2026.",
    ),
    councilActions: [
      "Appoint (or confirm) the officer who discharges the duty and set the virtual school's remit to cover children in need and in kinship care.",
      "Agree how the virtual school and social workers share information on attendance and attainment.",
    ],
    verified: true,
    links: ["https://www.legislation.gov.uk/ukpga/2026/21/section/6"],
  },
  {
    id: "staying-close-support",
    title: "Staying close support for care leavers up to 25",
    aliases: ["staying close", "staying close support"],
    summary:
      "Councils in England must assess whether each former relevant child under 25 needs staying close support and provide it if so: advice, information and advocacy to find and keep suitable accommodation and to reach services for health and wellbeing, relationships, education and training, employment and participation in society.",
    theme: "care-leavers",
    kind: "duty",
    sourceIds: [
      "narey-residential-care-review-2016",
      "stable-homes-built-on-love-2023",
      "keeping-children-safe-2024",
      "cws-bill-2024",
      "cws-act-2026",
    ],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(7, "inserts", "Children Act 1989 s23CZAA", true)],
    },
    dutyHolders: ["local-authority"],
    history: [
      {
        status: "proposed",
        date: "2016-07-04",
        sourceIds: ["narey-residential-care-review-2016"],
        note: "Proposed for young people leaving residential care; the Act covers all former relevant children.",
      },
      inBillAsIntroduced("7"),
      enactedAs(7),
    ],
    commencement: bySecretaryOfStateRegulations(
      "Prospective on legislation.gov.uk; on a day the Secretary of State appoints (s78(5)); none found by 30 June 2026 nor in the sources searched on 4 December 2026.",
    ),
    councilActions: [
      "Build staying close assessments into pathway planning for every former relevant child under 25.",
      "Estimate demand and fund the support beyond the pilot grant.",
    ],
    verified: true,
    links: ["https://www.legislation.gov.uk/ukpga/2026/21/section/7"],
  },
  {
    id: "care-leaver-local-offer",
    title: "Care leaver local offer widened: transition, financial literacy, housing and homelessness",
    aliases: ["care leaver local offer", "local offer for care leavers"],
    summary:
      "The care leaver local offer must also cover support for the move to adulthood and independent living, financial literacy, anticipating accommodation needs, working with housing authorities, help for those at risk of homelessness or leaving custody, and financial support. Care leavers are defined as former relevant children under 25.",
    theme: "care-leavers",
    kind: "duty",
    sourceIds: ["keeping-children-safe-2024", "cws-bill-2024", "cws-bill-lords-report-2026", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(8, "amends", "Children and Social Work Act 2017 s2", true)],
    },
    dutyHolders: ["local-authority", "local-housing-authority"],
    history: [
      { status: "proposed", date: "2024-11-18", sourceIds: ["keeping-children-safe-2024"] },
      inBillAsIntroduced("8"),
      enactedAs(8),
    ],
    commencement: bySecretaryOfStateRegulations(
      "On a day the Secretary of State appoints (s78(5)); none found by 30 June 2026 nor in the sources searched on 4 December 2026 (a revised version dated 1 June 2026 on legislation.gov.uk is not evidence of commencement).",
    ),
    councilActions: [
      "Revise the published care leaver local offer to add transition, financial literacy, accommodation and homelessness content.",
      "Agree a joint protocol with the housing authority on care leavers at risk of homelessness.",
    ],
    verified: true,
    links: ["https://barnardos.org.uk/research/childrens-wellbeing-schools-bill-second-reading"],
  },
  {
    id: "corporate-parenting-wider-bodies",
    title: "Corporate parenting responsibilities for national and public bodies",
    aliases: [
      "corporate parenting extended",
      "corporate parenting responsibilities",
      "corporate parenting duty",
      "corporate parents",
    ],
    summary:
      "Bodies beyond councils become corporate parents: every Secretary of State, the Lord Chancellor, schools, colleges, NHS England, integrated care boards, NHS trusts, Ofsted, the Care Quality Commission and the Youth Justice Board. They must be alert to what affects looked-after children and care leavers, assess what they offer them, give them opportunities and help them use services, having regard to guidance, and collaborate with councils.",
    theme: "corporate-parenting",
    kind: "duty",
    sourceIds: ["care-review-2022", "cws-bill-commons-report-2025", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [
        {
          act: CWSA,
          section: "Part 1 (corporate parenting sections and Schedule of relevant authorities)",
          effect: "free-standing",
          url: "https://www.legislation.gov.uk/ukpga/2026/21/contents",
          verified: false,
          note: "Added as Commons new clauses 18-22; the enacted section numbers were not confirmed (s23 is a candidate).",
          verifyBy:
            "The section headings of Part 1 on the Act's contents page (https://www.legislation.gov.uk/ukpga/2026/21/contents): the sections headed for corporate parenting, and the Schedule listing the relevant authorities.",
        },
        {
          act: CWSA,
          section: "Part 1 (collaborative working)",
          effect: "amends",
          target: "Children and Social Work Act 2017 s1",
          url: "https://www.theyworkforyou.com/debates/?id=2025-03-17c.113.1",
          verified: false,
          note: "New clause 20 inserts text after s1(4) of the 2017 Act.",
          verifyBy:
            "The revised text of the Children and Social Work Act 2017 s1 on legislation.gov.uk (https://www.legislation.gov.uk/ukpga/2017/16/section/1), which would show the inserted subsections and the 2026 section that inserts them.",
        },
      ],
    },
    dutyHolders: [
      "national-public-bodies",
      "education-and-childcare",
      "integrated-care-board",
      "ofsted",
      "local-authority",
    ],
    history: [
      { status: "proposed", date: "2022-05-23", sourceIds: ["care-review-2022"] },
      {
        status: "in-bill",
        date: "2025-03-17",
        sourceIds: ["cws-bill-commons-report-2025"],
        note: "Government new clauses 18-22 added at Commons report.",
      },
      { status: "enacted", date: ROYAL_ASSENT, sourceIds: ["cws-act-2026"] },
    ],
    commencement: {
      mechanism: "unknown",
      expected:
        "Unverified: s22 came into force on 29 June 2026 under s78(2)(b) and legislation.gov.uk shows a version of s23 valid from 29 June 2026, but neither could be confirmed as the corporate parenting duty. Otherwise on a day the Secretary of State appoints (s78(5)).",
      sourceIds: ["cws-act-2026"],
      pinpoint: S78,
    },
    councilActions: [
      "Map the new corporate parents locally (schools, colleges, ICB, NHS trusts) and agree how they report to the corporate parenting board.",
      "Set up the collaboration the duty asks of councils and relevant authorities: sharing information, advice, coordinated activity.",
    ],
    verified: false,
    openQuestions: [
      "The enacted section numbers of the corporate parenting duty, its exceptions, guidance and reports.",
      "Its commencement: whether it is one of s22 or s23 (29 June 2026).",
      "The police are not in the list of relevant authorities the reference gives, though committee minutes name them.",
    ],
    verifyBy: [
      "The Part 1 section headings on the Act's contents page (https://www.legislation.gov.uk/ukpga/2026/21/contents), for the corporate parenting sections and the Schedule of relevant authorities.",
      "legislation.gov.uk's commencement annotations on those sections, or a commencement SI naming them, for when the duty applies.",
    ],
    links: [
      "https://parallelparliament.co.uk/debate/2025-03-17/commons/commons-chamber/childrens-wellbeing-and-schools-bill",
      "https://www.legislation.gov.uk/ukpga/2026/21/section/23/data.xml",
    ],
  },
  {
    id: "regional-care-cooperatives",
    title: "Regional co-operation arrangements for accommodating looked-after children",
    aliases: ["regional care co-operatives", "regional care cooperatives", "RCC", "regional co-operation"],
    summary:
      "The Secretary of State may direct councils in England to form (or end) regional arrangements to plan, commission and provide homes for looked-after children together. Pathfinders ran in Greater Manchester and the South East before the Act.",
    theme: "placement-market",
    kind: "power",
    sourceIds: ["care-review-2022", "stable-homes-built-on-love-2023", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [
        cwsaRef(
          12,
          "inserts",
          "Children Act 1989 (provisions on accommodating looked-after children)",
          false,
          "s12 is inferred from search results; its title and the inserted sections were not confirmed.",
          "The heading and text of s12 as enacted (https://www.legislation.gov.uk/ukpga/2026/21/section/12/enacted): whether it is the regional co-operation section and which Children Act 1989 sections it inserts.",
        ),
      ],
    },
    dutyHolders: ["secretary-of-state", "local-authority"],
    history: [
      {
        status: "proposed",
        date: "2022-05-23",
        sourceIds: ["care-review-2022"],
        note: "About 20 regional care co-operatives recommended.",
      },
      { status: "consulted-on", date: "2023-02-02", sourceIds: ["stable-homes-built-on-love-2023"] },
      inBillAsIntroduced("9"),
      enactedAs(12),
    ],
    commencement: bySecretaryOfStateRegulations(),
    councilActions: [
      "Take part in regional sufficiency planning and any pathfinder; model the effect of joint commissioning on the council's own homes.",
    ],
    verified: false,
    openQuestions: ["The section number (s12?) and the provisions it inserts in the Children Act 1989."],
    verifyBy: [
      "The heading and text of s12 as enacted (https://www.legislation.gov.uk/ukpga/2026/21/section/12/enacted).",
    ],
    links: [
      "https://www2.local.gov.uk/parliament/briefings-and-responses/childrens-wellbeing-and-schools-bill-second-reading-house",
      "https://www.decorumcarehomes.co.uk/blog/childrens-wellbeing-schools-act-2026-what-it-means-for-residential-homes",
    ],
  },
  {
    id: "deprivation-of-liberty",
    title: "Statutory route to deprive looked-after children of liberty in relevant accommodation",
    aliases: ["deprivation of liberty", "DoL", "deprivation of liberty orders"],
    summary:
      "A looked-after child may be deprived of liberty in 'relevant accommodation' in England (a place for the care and treatment of children able to be used for that) only where the child has a history of absconding and is likely to suffer significant harm, or is likely to injure themselves or others. It gives a legal route beyond secure children's homes.",
    theme: "children-in-care",
    kind: "duty",
    sourceIds: ["keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(13, "amends", "Children Act 1989 s25 (new s25(1A)-(1B))", true)],
    },
    dutyHolders: ["local-authority", "providers"],
    history: [
      { status: "proposed", date: "2024-11-18", sourceIds: ["keeping-children-safe-2024"] },
      inBillAsIntroduced("10"),
      enactedAs(13),
    ],
    commencement: bySecretaryOfStateRegulations(),
    councilActions: [
      "Review every child held under inherent-jurisdiction deprivation of liberty orders and plan the move to the statutory route.",
      "Work with providers on the supply of suitable relevant accommodation.",
    ],
    verified: true,
    links: ["https://www.legislation.gov.uk/ukpga/2026/21/section/13/enacted/data.xht"],
  },
];
