// Children's Wellbeing and Schools Act 2026, Part 1: regulation of placement providers (ss14-17) and the
// power over agency workers. Facts from /shared/reference/reforms.md (batches 7-9, S2 batches 5 and 14),
// with the legislation.gov.uk pages cited on each reference.
import type { ProvisionInput } from "../model/provision";
import {
  bySecretaryOfStateRegulations,
  CWSA,
  cwsaRef,
  enactedAs,
  inBillAsIntroduced,
  powersInForceOnAssent,
  ROYAL_ASSENT,
  S78,
} from "./helpers";

export const providerProvisions: readonly ProvisionInput[] = [
  {
    id: "ofsted-provider-group-oversight",
    title: "Ofsted powers over provider groups: improvement plans across settings",
    aliases: [
      "provider oversight",
      "parent undertakings",
      "inspection of the entire organisation",
      "provider groups",
    ],
    summary:
      "Where Ofsted reasonably suspects that standards are not met in two or more settings run by the same group, it can require the parent company to draw up and carry out an improvement plan it approves, and name a senior manager answerable for it. Failure can be fined.",
    theme: "placement-market",
    kind: "power",
    sourceIds: ["cma-market-study-2022", "keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [
        cwsaRef(
          14,
          "inserts",
          "Care Standards Act 2000 ss23A-23B",
          false,
          "Inferred from s15, which refers to improvement plan notices under s23A and s23B; s14's title was not seen.",
          "The heading and text of s14 as enacted (https://www.legislation.gov.uk/ukpga/2026/21/section/14/enacted): whether it inserts Care Standards Act 2000 ss23A-23B.",
        ),
      ],
    },
    dutyHolders: ["ofsted", "providers"],
    history: [
      { status: "proposed", date: "2024-11-18", sourceIds: ["keeping-children-safe-2024"] },
      inBillAsIntroduced("11"),
      enactedAs(14),
    ],
    commencement: bySecretaryOfStateRegulations(),
    councilActions: [
      "Track which of the council's placements are with provider groups and watch for improvement plan notices.",
    ],
    verified: false,
    openQuestions: ["Confirm that s14 inserts Care Standards Act 2000 ss23A-23B."],
    verifyBy: [
      "The heading and text of s14 as enacted (https://www.legislation.gov.uk/ukpga/2026/21/section/14/enacted).",
    ],
    links: [
      "https://cy.theyworkforyou.com/pbc/2024-25/Children%E2%80%99s_Wellbeing_and_Schools_Bill/05-0_2025-01-28c.203.0",
    ],
  },
  {
    id: "ofsted-monetary-penalties",
    title: "Ofsted fines, including for running unregistered children's homes",
    aliases: ["monetary penalties", "unregistered children's homes", "civil fines"],
    summary:
      "Ofsted may fine a provider that fails to comply with an improvement plan notice, or that it is satisfied beyond reasonable doubt has committed an offence under Part 2 of the Care Standards Act 2000 (such as running an unregistered children's home), as a quicker alternative to prosecution.",
    theme: "placement-market",
    kind: "power",
    sourceIds: ["keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(15, "inserts", "Care Standards Act 2000 s30ZC", true)],
    },
    dutyHolders: ["ofsted", "providers"],
    history: [
      { status: "proposed", date: "2024-11-18", sourceIds: ["keeping-children-safe-2024"] },
      inBillAsIntroduced("12"),
      enactedAs(15),
    ],
    commencement: bySecretaryOfStateRegulations(),
    councilActions: ["Stop any use of unregistered provision and record the checks made before placing."],
    verified: true,
    links: ["https://www.legislation.gov.uk/ukpga/2026/21/section/15"],
  },
  {
    id: "provider-financial-oversight",
    title: "Financial oversight of strategically significant providers",
    aliases: ["financial oversight", "market oversight", "leveraging debt", "recovery and resolution plan"],
    summary:
      "The Secretary of State may place large or hard-to-replace providers of children's homes and fostering agencies under financial oversight: require information, commission an independent business review where there is significant financial risk, require a recovery and resolution plan, and warn councils if services may fail.",
    theme: "placement-market",
    kind: "power",
    sourceIds: ["cma-market-study-2022", "keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [
        cwsaRef(
          16,
          "inserts",
          "Care Standards Act 2000 ss30ZE-30ZJ",
          false,
          "The first and last inserted sections are inferred (s30ZE from the Bill, s30ZJ from s17's cross-reference).",
          "The enacted text of s16 (https://www.legislation.gov.uk/ukpga/2026/21/section/16/enacted), which names the Care Standards Act 2000 sections it inserts after s30ZD.",
        ),
      ],
    },
    dutyHolders: ["secretary-of-state", "providers", "local-authority"],
    history: [
      { status: "proposed", date: "2024-11-18", sourceIds: ["keeping-children-safe-2024"] },
      inBillAsIntroduced("13"),
      enactedAs(16),
      powersInForceOnAssent(
        "The powers to make regulations setting the financial oversight conditions (s78(1)(a)).",
      ),
    ],
    commencement: bySecretaryOfStateRegulations(
      "The regime needs regulations and a day appointed by the Secretary of State (s78(5)); none found by 30 June 2026 nor in the sources searched on 4 December 2026.",
    ),
    councilActions: [
      "Plan for a warning that a major provider may fail: list children placed with it and the contingency.",
    ],
    verified: false,
    openQuestions: ["The exact Care Standards Act 2000 sections s16 inserts."],
    verifyBy: [
      "The enacted text of s16 (https://www.legislation.gov.uk/ukpga/2026/21/section/16/enacted), for the inserted Care Standards Act 2000 sections.",
    ],
    links: [
      "https://www.legislation.gov.uk/ukpga/2026/21/section/16/enacted",
      "https://ncercc.co.uk/summary-of-relevant-policy-areas-for-residential-child-care-childrens-wellbeing-and-schools-bill",
    ],
  },
  {
    id: "provider-profit-cap",
    title: "Power to cap the profits of children's homes and fostering agencies",
    aliases: ["profit cap", "profits cap", "limiting profits", "profiteering"],
    summary:
      "The Secretary of State may by regulations cap the profit that non-council providers make from children's homes and fostering agencies in England, including profit disguised through other arrangements, but only once satisfied the conditions in the section are met. The power exists; no cap applies until regulations are made.",
    theme: "placement-market",
    kind: "power",
    sourceIds: ["keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(17, "inserts", "Care Standards Act 2000, new section after s30ZJ", true)],
    },
    dutyHolders: ["secretary-of-state", "providers"],
    history: [
      {
        status: "proposed",
        date: "2024-11-18",
        sourceIds: ["keeping-children-safe-2024"],
        note: "A cap 'if the industry fails to regulate itself'.",
      },
      inBillAsIntroduced(),
      enactedAs(17),
      {
        status: "in-force",
        date: ROYAL_ASSENT,
        sourceIds: ["cws-act-2026"],
        pinpoint: S78,
        note: "The section only confers a power to make regulations, so it is in force from Royal Assent (s78(1)(a)). No regulations found made by 30 June 2026 nor in the sources searched on 4 December 2026.",
      },
    ],
    commencement: {
      mechanism: "royal-assent",
      date: ROYAL_ASSENT,
      expected:
        "A cap applies only when the Secretary of State makes regulations; none found made by 30 June 2026 nor in the sources searched on 4 December 2026.",
      sourceIds: ["cws-act-2026"],
      pinpoint: S78,
    },
    councilActions: ["Keep placement cost data by provider ready for any consultation on a cap."],
    verified: true,
    openQuestions: ["The clause number of the profit power in the Bill as introduced."],
    links: ["https://www.legislation.gov.uk/ukpga/2026/21/section/17"],
  },
  {
    id: "agency-worker-regulations",
    title: "Power to regulate councils' use of agency workers in children's social care",
    aliases: ["agency workers", "agency social worker rules", "agency rules"],
    summary:
      "The Secretary of State may make regulations on how councils in England use agency workers for children's social care work, beyond social workers if needed, after consulting. It puts the 2024 statutory guidance on agency social workers on a legislative footing.",
    theme: "workforce",
    kind: "power",
    sourceIds: [
      "stable-homes-built-on-love-2023",
      "agency-social-worker-guidance-2024",
      "cws-bill-2024",
      "cws-act-2026",
    ],
    legalBasis: {
      kind: "legislation",
      references: [
        {
          act: CWSA,
          section: "Part 1 (use of agency workers)",
          effect: "free-standing",
          url: "https://www.legislation.gov.uk/ukpga/2026/21/contents",
          verified: false,
          note: "Clause 18 of the Bill at Commons committee; the enacted section number was not confirmed.",
          verifyBy:
            "The Act's contents page (https://www.legislation.gov.uk/ukpga/2026/21/contents): the section headed for the use of agency workers, and whether s78(2) lists it.",
        },
      ],
    },
    dutyHolders: ["secretary-of-state", "local-authority"],
    history: [
      { status: "consulted-on", date: "2023-02-02", sourceIds: ["stable-homes-built-on-love-2023"] },
      inBillAsIntroduced("18"),
      { status: "enacted", date: ROYAL_ASSENT, sourceIds: ["cws-act-2026"] },
      {
        status: "in-force",
        date: ROYAL_ASSENT,
        sourceIds: ["cws-act-2026"],
        pinpoint: S78,
        note: "A power to make regulations, so in force from Royal Assent under s78(1)(a) (inferred: the section was not identified).",
      },
    ],
    commencement: {
      mechanism: "royal-assent",
      date: ROYAL_ASSENT,
      expected: "Rules bind only when regulations are made; until then the 2024 statutory guidance applies.",
      sourceIds: ["cws-act-2026"],
      pinpoint: S78,
    },
    councilActions: [
      "Keep agency use data (numbers, roles, rates, experience) to show compliance with any regulations.",
    ],
    verified: false,
    openQuestions: [
      "The enacted section number; whether it is s22 (in force 29 June 2026 for any remaining purposes).",
    ],
    verifyBy: [
      "The Act's contents page (https://www.legislation.gov.uk/ukpga/2026/21/contents) for the agency workers section, and s78(2) for whether it came into force on 29 June 2026.",
    ],
    links: [
      "https://www.theyworkforyou.com/pbc/2024-25/Children%E2%80%99s_Wellbeing_and_Schools_Bill/06-0_2025-01-28a.233.6",
    ],
  },
];
