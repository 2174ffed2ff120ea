// Children's Wellbeing and Schools Act 2026, Part 1: family group decision-making, child protection and
// safeguarding, information sharing (ss1-4). Facts from /shared/reference/reforms.md (batches 1-3, item-4
// table) with the legislation.gov.uk pages cited on each reference.
import type { ProvisionInput } from "../model/provision";
import {
  bySecretaryOfStateRegulations,
  cwsaRef,
  enactedAs,
  inBillAsIntroduced,
  powersInForceOnAssent,
} from "./helpers";

export const safeguardingProvisions: readonly ProvisionInput[] = [
  {
    id: "family-group-decision-making",
    title: "Duty to offer a family group decision-making meeting before care proceedings",
    aliases: [
      "family group decision-making",
      "FGDM",
      "family group conference",
      "family network meeting",
      "family group conferences or family network meetings",
    ],
    summary:
      "Before a council in England applies for a care or supervision order it must offer the child's parents (and others with parental responsibility) a meeting of the family network to discuss the child's needs and propose a plan, and hold it if one of them accepts, unless that is not in the child's best interests. The offer goes in the letter before proceedings.",
    theme: "family-networks",
    kind: "duty",
    sourceIds: [
      "care-review-2022",
      "stable-homes-built-on-love-2023",
      "keeping-children-safe-2024",
      "cws-bill-2024",
      "cws-act-2026",
      "families-first-partnership-guide-2025",
    ],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(1, "inserts", "Children Act 1989 s31ZA", true)],
    },
    dutyHolders: ["local-authority"],
    history: [
      { status: "proposed", date: "2022-05-23", sourceIds: ["care-review-2022"] },
      { status: "consulted-on", date: "2023-02-02", sourceIds: ["stable-homes-built-on-love-2023"] },
      inBillAsIntroduced("1"),
      enactedAs(1),
    ],
    commencement: bySecretaryOfStateRegulations(
      "On a day the Secretary of State appoints (s78(5)); none found by 30 June 2026 nor in the sources searched on 4 December 2026. Councils have delivered it without statute through the Families First Partnership programme since April 2025.",
    ),
    councilActions: [
      "Offer a family group decision-making meeting to parents and others with parental responsibility before applying for a care or supervision order.",
      "Put the offer in the letter before proceedings and record any decision that a meeting is not in the child's best interests, with the reason.",
      "Arrange the meeting before applying when the offer is accepted; commission coordination capacity to do so.",
      "Count offers, acceptances and meetings held so the committee can see the duty is met.",
    ],
    verified: true,
    links: ["https://www.legislation.gov.uk/id/ukpga/2026/21/section/1"],
  },
  {
    id: "education-in-safeguarding-arrangements",
    title: "Childcare and education agencies included in local safeguarding arrangements",
    aliases: ["education as a safeguarding partner", "fourth safeguarding partner", "relevant agencies"],
    summary:
      "Safeguarding partners must include schools, colleges and childcare providers in their local arrangements, and those bodies must take part. Education does not become a fourth statutory safeguarding partner; it becomes a required participant.",
    theme: "education-and-safeguarding",
    kind: "duty",
    sourceIds: ["keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(2, "amends", "Children Act 2004 s16E", true)],
    },
    dutyHolders: ["safeguarding-partners", "education-and-childcare"],
    history: [
      { status: "proposed", date: "2024-11-18", sourceIds: ["keeping-children-safe-2024"] },
      inBillAsIntroduced("2"),
      enactedAs(2),
    ],
    commencement: bySecretaryOfStateRegulations(),
    councilActions: [
      "Revise the published multi-agency safeguarding arrangements to name the education and childcare agencies and how they take part.",
      "Give schools and early years settings a seat in the partnership's governance and sub-groups.",
    ],
    verified: true,
    links: [
      "https://www2.local.gov.uk/parliament/briefings-and-responses/childrens-wellbeing-and-schools-bill-second-reading-house",
    ],
  },
  {
    id: "multi-agency-child-protection-teams",
    title: "Multi-agency child protection teams",
    aliases: [
      "MACPT",
      "multi-agency child protection teams",
      "multi-agency child protection schemes",
      "lead child protection practitioner",
      "family protection",
    ],
    summary:
      "Safeguarding partners must set up one or more multi-agency child protection teams to support the council's child protection enquiries (Children Act 1989 s47). Each team includes at least a person with education experience, a council social worker, a registered health professional nominated by the integrated care board and a police member.",
    theme: "child-protection",
    kind: "duty",
    sourceIds: [
      "care-review-2022",
      "stable-homes-built-on-love-2023",
      "keeping-children-safe-2024",
      "cws-bill-2024",
      "cws-act-2026",
      "families-first-partnership-guide-2025",
    ],
    legalBasis: {
      kind: "legislation",
      references: [
        cwsaRef(
          3,
          "inserts",
          "Children Act 2004, new section after s16E",
          false,
          "The number of the inserted section was not confirmed.",
          "The enacted text of s3 (https://www.legislation.gov.uk/ukpga/2026/21/section/3/enacted), which gives the number of the Children Act 2004 section it inserts after s16E.",
        ),
      ],
    },
    dutyHolders: [
      "safeguarding-partners",
      "local-authority",
      "integrated-care-board",
      "police",
      "education-and-childcare",
    ],
    history: [
      {
        status: "proposed",
        date: "2022-05-23",
        sourceIds: ["care-review-2022"],
        note: "The review proposed an expert child protection practitioner role.",
      },
      { status: "consulted-on", date: "2023-02-02", sourceIds: ["stable-homes-built-on-love-2023"] },
      inBillAsIntroduced("3"),
      enactedAs(3),
    ],
    commencement: bySecretaryOfStateRegulations(
      "Statutory duty on a day the Secretary of State appoints (s78(5)); none found by 30 June 2026 nor in the sources searched on 4 December 2026. Rolled out without statute through the Families First Partnership programme from April 2025. Committee minutes in the project's fixtures record an expectation that teams are in place by the end of 2027; no DfE source for that date was found.",
    ),
    councilActions: [
      "Agree with police, the integrated care board and education the membership and hosting of the team(s).",
      "Create lead child protection practitioner roles and a shared practice framework.",
      "Plan shared records and information flows (for example a shared care record with the ICB).",
    ],
    verified: false,
    openQuestions: ["The number of the Children Act 2004 section inserted by s3."],
    verifyBy: [
      "The enacted text of s3 (https://www.legislation.gov.uk/ukpga/2026/21/section/3/enacted) for the number of the inserted Children Act 2004 section.",
    ],
    links: [
      "https://www.legislation.gov.uk/cy/ukpga/2026/21/section/3",
      "https://www.telfordsafeguardingpartnership.org.uk/site/scripts/documents_info.php?categoryID=1&documentID=40&switchstyle=textonly.css",
    ],
  },
  {
    id: "information-sharing-duty",
    title: "Duty to share information for safeguarding and welfare",
    aliases: ["information sharing", "data sharing duty"],
    summary:
      "Bodies with safeguarding duties under Children Act 2004 s11, designated education and childcare agencies and their contractors must share information relevant to a child's safety or welfare, unless sharing would harm the child more than withholding it.",
    theme: "data-and-information-sharing",
    kind: "duty",
    sourceIds: ["keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [
        cwsaRef(
          4,
          "inserts",
          "Children Act 2004, new sections after s16L",
          false,
          "The letters of the inserted sections before s16LC were not confirmed.",
          "The enacted text of s4 (https://www.legislation.gov.uk/ukpga/2026/21/section/4/enacted), which lists the Children Act 2004 sections it inserts after s16L (the duty to share comes before s16LC).",
        ),
      ],
    },
    dutyHolders: ["local-authority", "integrated-care-board", "police", "education-and-childcare"],
    history: [
      { status: "proposed", date: "2024-11-18", sourceIds: ["keeping-children-safe-2024"] },
      inBillAsIntroduced("4"),
      enactedAs(4),
    ],
    commencement: bySecretaryOfStateRegulations(),
    councilActions: [
      "Update information-sharing agreements and data protection impact assessments for the new duty.",
      "Brief staff and partner agencies that sharing is now a duty, not a discretion.",
    ],
    verified: false,
    openQuestions: ["The exact Children Act 2004 sections inserted by s4 for the duty to share."],
    verifyBy: [
      "The enacted text of s4 (https://www.legislation.gov.uk/ukpga/2026/21/section/4/enacted) for the inserted Children Act 2004 sections.",
    ],
  },
  {
    id: "consistent-child-identifier",
    title: "A consistent identifier for children, and its code of practice",
    aliases: [
      "single child identifier",
      "single unique identifier",
      "consistent identifier",
      "single identification number",
      "NHS number as identifier",
    ],
    summary:
      "The Secretary of State may specify by regulations a consistent identifier for children (the government intends the NHS number), which designated bodies must then record whenever they process information about a child, following a code of practice. No central database is created.",
    theme: "data-and-information-sharing",
    kind: "duty",
    sourceIds: ["care-review-2022", "keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(4, "inserts", "Children Act 2004 ss16LC-16LD", true)],
    },
    dutyHolders: [
      "secretary-of-state",
      "local-authority",
      "integrated-care-board",
      "police",
      "education-and-childcare",
    ],
    history: [
      { status: "proposed", date: "2022-05-23", sourceIds: ["care-review-2022"] },
      inBillAsIntroduced("4"),
      enactedAs(4),
      powersInForceOnAssent(
        "The power to specify the identifier by regulations, under s78(1)(a). legislation.gov.uk still listed s16LC as yet to be inserted on 30 May 2026, so the duty to use it is not in force.",
      ),
    ],
    commencement: bySecretaryOfStateRegulations(
      "The duty to use the identifier starts when the Secretary of State makes regulations specifying it and appoints a day (s78(5)); none found by 30 June 2026 nor in the sources searched on 4 December 2026.",
    ),
    councilActions: [
      "Check that the case management system holds a verified NHS number for every child and can match on it.",
      "Plan data-quality work with health, schools and police so records can be linked.",
    ],
    verified: true,
    links: [
      "https://www.legislation.gov.uk/ukpga/2004/31/section/16LC",
      "https://defenddigitalme.org/2025/06/14/nhs-number-to-be-national-id-mandated-in-childrens-wellbeing-and-schools-bill",
    ],
  },
];
