// The major reforms that need no new legislation: programmes, pilots, statutory guidance and review
// recommendations not (yet) taken up. Facts from /shared/reference/reforms.md (S2 batches 1-3, 15, 17, 19)
// and kinship-corporate-parenting.md (steps 6, 11-14, 23).
import type { ProvisionInput } from "../model/provision";

const LASSA_S7 = "https://www.legislation.gov.uk/ukpga/1970/42/section/7";

export const programmeProvisions: readonly ProvisionInput[] = [
  {
    id: "family-help",
    title: "Family help: one service for targeted early help and children in need",
    aliases: [
      "family help",
      "Families First Partnership",
      "early help",
      "Family Help Lead Practitioner",
      "community based approach",
    ],
    summary:
      "Councils and their safeguarding partners merge targeted early help and child-in-need work (Children Act 1989 s17) into one multi-disciplinary family help service with a family help lead practitioner, a shared practice framework and a refreshed threshold document, delivered through the Families First Partnership programme alongside multi-agency child protection and family group decision-making.",
    theme: "family-help",
    kind: "programme",
    sourceIds: [
      "care-review-2022",
      "stable-homes-built-on-love-2023",
      "keeping-children-safe-2024",
      "families-first-partnership-guide-2025",
    ],
    legalBasis: {
      kind: "none",
      reason:
        "No new legislation: family help is delivered under councils' existing duties (Children Act 1989 s17) as set out in the Families First Partnership programme guide and Working Together 2023.",
    },
    dutyHolders: ["local-authority", "safeguarding-partners"],
    history: [
      { status: "proposed", date: "2022-05-23", sourceIds: ["care-review-2022"] },
      { status: "consulted-on", date: "2023-02-02", sourceIds: ["stable-homes-built-on-love-2023"] },
      {
        status: "in-force",
        date: "2025-04-01",
        datePrecision: "month",
        sourceIds: ["families-first-partnership-guide-2025"],
        note: "Programme delivery from April 2025 (the day is not given); over £500m in 2025-26.",
      },
    ],
    commencement: {
      mechanism: "programme-launch",
      date: "2025-04-01",
      expected: "Local go-live dates vary (for example October 2025 or April 2026).",
      sourceIds: ["families-first-partnership-guide-2025"],
    },
    councilActions: [
      "Merge family support and social work teams into a single family help service.",
      "Create family help lead practitioner roles across agencies and a shared practice framework.",
      "Refresh the threshold document with the safeguarding partners.",
      "Plan spending of the Children's Social Care Prevention Grant.",
    ],
    verified: true,
    links: [
      "https://parallelparliament.co.uk/debate/2025-03-20/commons/written-statements/families-first-partnership-programme",
      "https://www.telfordsafeguardingpartnership.org.uk/site/scripts/documents_info.php?categoryID=1&documentID=40&switchstyle=textonly.css",
    ],
  },
  {
    id: "family-network-support-packages",
    title: "Family network support packages",
    aliases: ["family network support packages", "FNSP", "support for family networks"],
    summary:
      "Funding that lets a child's wider family step in where a practical or financial barrier stands in the way, so the child can stay safely with parents or move to kinship care. Tested in the Families First for Children Pathfinder and made part of the Families First Partnership's family networks strand for 2026-27.",
    theme: "family-networks",
    kind: "programme",
    sourceIds: ["stable-homes-built-on-love-2023", "families-first-partnership-guide-2026"],
    legalBasis: {
      kind: "none",
      reason: "A grant-funded programme expectation in the Families First Partnership guide; no legislation.",
    },
    dutyHolders: ["local-authority"],
    history: [
      {
        status: "proposed",
        date: "2023-02-02",
        sourceIds: ["stable-homes-built-on-love-2023"],
        note: "Through the Families First for Children Pathfinder.",
      },
      {
        status: "in-force",
        date: "2026-03-26",
        sourceIds: ["families-first-partnership-guide-2026"],
        note: "The updated guide sets 2026-27 expectations for family group decision-making and family network support packages.",
      },
    ],
    commencement: {
      mechanism: "programme-launch",
      date: "2026-03-26",
      sourceIds: ["families-first-partnership-guide-2026"],
    },
    councilActions: ["Set a budget and decision rules for family network support packages."],
    verified: true,
    links: ["https://childfriendlywarwickshire.co.uk/families-first-children/family-networks"],
  },
  {
    id: "national-framework",
    title: "Children's social care national framework",
    aliases: ["national framework", "national children's social care framework"],
    summary:
      "Statutory guidance setting the purpose, principles, four outcomes and three enablers of children's social care, against which councils and Ofsted judge practice; supported by the children's social care dashboard.",
    theme: "system-accountability",
    kind: "statutory-guidance",
    sourceIds: ["care-review-2022", "national-framework-consultation-2023", "national-framework-2023"],
    legalBasis: {
      kind: "legislation",
      references: [
        {
          act: "Local Authority Social Services Act 1970",
          section: "s7",
          effect: "guidance-under",
          url: LASSA_S7,
          verified: false,
          note: "Statutory guidance for councils' social services functions; the power it is issued under was not confirmed on the gov.uk page.",
          verifyBy:
            "The introduction of the framework on gov.uk (https://www.gov.uk/government/publications/childrens-social-care-national-framework), where statutory guidance states the power it is issued under.",
        },
      ],
    },
    dutyHolders: ["local-authority"],
    history: [
      { status: "proposed", date: "2022-05-23", sourceIds: ["care-review-2022"] },
      { status: "consulted-on", date: "2023-02-02", sourceIds: ["national-framework-consultation-2023"] },
      { status: "in-force", date: "2023-12-15", sourceIds: ["national-framework-2023"] },
    ],
    commencement: { mechanism: "publication", date: "2023-12-15", sourceIds: ["national-framework-2023"] },
    councilActions: [
      "Self-assess practice against the four outcomes and three enablers and report to committee.",
      "Use the dashboard indicators in performance reports.",
    ],
    verified: false,
    openQuestions: [
      "The statutory power the framework is issued under.",
      "The wording of principles 5 and 6.",
    ],
    verifyBy: [
      "The framework on gov.uk (https://www.gov.uk/government/publications/childrens-social-care-national-framework): the power it is issued under, and the text of principles 5 and 6.",
    ],
  },
  {
    id: "working-together-2023",
    title: "Working Together to Safeguard Children 2023",
    aliases: ["Working Together", "multi-agency safeguarding guidance"],
    summary:
      "Revised statutory guidance on multi-agency safeguarding: the lead role of each safeguarding partner, education's part in local arrangements, family networks and family group decision-making, and expectations for family help and child protection practice.",
    theme: "child-protection",
    kind: "statutory-guidance",
    sourceIds: ["stable-homes-built-on-love-2023", "working-together-2023"],
    legalBasis: {
      kind: "legislation",
      references: [
        {
          act: "Children Act 2004",
          section: "ss10, 11, 16E-16K",
          effect: "guidance-under",
          url: "https://www.legislation.gov.uk/ukpga/2004/31/contents",
          verified: false,
          note: "The sections the guidance names as its basis were not checked.",
          verifyBy:
            "The 'About this guidance' section of Working Together to Safeguard Children 2023 on gov.uk, which names the statutory provisions it is issued under.",
        },
        {
          act: "Local Authority Social Services Act 1970",
          section: "s7",
          effect: "guidance-under",
          url: LASSA_S7,
          verified: false,
          verifyBy:
            "The 'About this guidance' section of Working Together to Safeguard Children 2023 on gov.uk: whether it is issued under the Local Authority Social Services Act 1970 s7.",
        },
      ],
    },
    dutyHolders: ["safeguarding-partners", "local-authority", "integrated-care-board", "police"],
    history: [{ status: "in-force", date: "2023-12-15", sourceIds: ["working-together-2023"] }],
    commencement: { mechanism: "publication", date: "2023-12-15", sourceIds: ["working-together-2023"] },
    councilActions: ["Publish revised local safeguarding arrangements in line with the guidance."],
    verified: false,
    openQuestions: ["The statutory provisions the guidance is issued under."],
    verifyBy: [
      "The 'About this guidance' section of Working Together to Safeguard Children 2023 on gov.uk, for the provisions it is issued under.",
    ],
  },
  {
    id: "kinship-allowance-pilot",
    title: "Kinship allowance pilot (Kinship Zones)",
    aliases: ["kinship allowance", "kinship financial allowance", "Kinship Zones"],
    summary:
      "A pilot paying kinship carers who hold a special guardianship order, or a child arrangements order where the child would otherwise be in care, an allowance matching the fostering national minimum allowance, in seven council areas, for up to three and a half years, with evaluation.",
    theme: "kinship-care",
    kind: "pilot",
    sourceIds: [
      "care-review-2022",
      "championing-kinship-care-2023",
      "kinship-allowance-pilot-announcement-2024",
      "kinship-zones-2026",
    ],
    legalBasis: {
      kind: "none",
      reason: "A grant-funded pilot in selected councils; no legislation creates or requires the allowance.",
    },
    dutyHolders: ["local-authority", "secretary-of-state"],
    history: [
      {
        status: "proposed",
        date: "2022-05-23",
        sourceIds: ["care-review-2022"],
        note: "An allowance at the fostering rate for special guardians and kinship carers with child arrangements orders.",
      },
      {
        status: "proposed",
        date: "2024-10-27",
        sourceIds: ["kinship-allowance-pilot-announcement-2024"],
        note: "£40m pilot in up to 10 councils announced (an earlier pathfinder had been promised in Championing Kinship Care).",
      },
      {
        status: "in-force",
        date: "2026-02-27",
        sourceIds: ["kinship-zones-2026"],
        note: "Pilot launched in seven areas (Bexley, Bolton, Newcastle, North East Lincolnshire, Medway, Thurrock, Wiltshire); £126m for the first two years.",
      },
    ],
    commencement: {
      mechanism: "programme-launch",
      date: "2026-02-27",
      expected: "Pilot runs for up to three and a half years from launch.",
      sourceIds: ["kinship-zones-2026"],
    },
    councilActions: [
      "Pilot councils: identify eligible carers, pay the allowance and supply evaluation data.",
      "Other councils: record kinship carers' finances so the evaluation's findings can be costed locally.",
    ],
    verified: true,
    links: [
      "https://corambaaf.org.uk/updates/corambaaf-welcomes-launch-today-long-awaited-kinship-allowance-pilot-seven-local",
    ],
  },
  {
    id: "kinship-care-statutory-guidance",
    title: "Kinship care statutory guidance for local authorities",
    aliases: ["kinship care guidance", "family and friends care guidance"],
    summary:
      "Statutory guidance replacing the family and friends care guidance: how councils should identify, assess and support kinship families. It places no new statutory requirement but asks each council to publish a kinship local offer in place of its family and friends care policy.",
    theme: "kinship-care",
    kind: "statutory-guidance",
    sourceIds: ["championing-kinship-care-2023", "kinship-care-guidance-2024"],
    legalBasis: {
      kind: "legislation",
      references: [
        {
          act: "Local Authority Social Services Act 1970",
          section: "s7",
          effect: "guidance-under",
          url: LASSA_S7,
          verified: true,
          note: "Stated in legal summaries of the guidance: https://gardencourtchambers.co.uk/kinship-care-statutory-guidance/",
        },
      ],
    },
    dutyHolders: ["local-authority"],
    history: [
      { status: "proposed", date: "2023-12-15", sourceIds: ["championing-kinship-care-2023"] },
      {
        status: "in-force",
        date: "2024-10-11",
        sourceIds: ["kinship-care-guidance-2024"],
        note: "Published on Friday 11 October 2024 and effective on publication.",
      },
    ],
    commencement: {
      mechanism: "publication",
      date: "2024-10-11",
      sourceIds: ["kinship-care-guidance-2024"],
    },
    councilActions: [
      "Replace the family and friends care policy with a kinship local offer as the guidance describes, and publish it.",
    ],
    verified: true,
    links: [
      "https://albionchambers.co.uk/legal-summary-kinship-care-statutory-guidance-for-local-authorities/",
    ],
  },
  {
    id: "virtual-school-head-extension",
    title: "Virtual school heads for children with a social worker and in kinship care (non-statutory)",
    aliases: ["virtual school head role extension", "virtual school head"],
    summary:
      "Virtual school heads lead strategically on the education of all children who have or had a social worker (from September 2021) and of children in kinship care (from September 2024), funded by grant, ahead of the statutory duty in the 2026 Act.",
    theme: "education-and-safeguarding",
    kind: "programme",
    sourceIds: ["vsh-extension-guidance-2021", "championing-kinship-care-2023"],
    legalBasis: {
      kind: "none",
      reason:
        "Non-statutory guidance funded by a section 31 grant; the statutory duty is the separate 2026 Act provision.",
    },
    dutyHolders: ["local-authority"],
    history: [
      {
        status: "in-force",
        date: "2021-09-01",
        datePrecision: "month",
        sourceIds: ["vsh-extension-guidance-2021"],
        note: "Children with a social worker, from September 2021.",
      },
      {
        status: "in-force",
        date: "2024-09-01",
        datePrecision: "month",
        sourceIds: ["championing-kinship-care-2023"],
        note: "Extended to children in kinship care from September 2024.",
      },
    ],
    commencement: {
      mechanism: "programme-launch",
      date: "2021-09-01",
      sourceIds: ["vsh-extension-guidance-2021"],
    },
    councilActions: [
      "Report the virtual school's work for children with a social worker and in kinship care.",
    ],
    verified: true,
  },
  {
    id: "staying-close-programme",
    title: "Staying Close programme (non-statutory)",
    aliases: ["Staying Close programme", "staying close pilot"],
    summary:
      "Grant-funded support for young people leaving residential care to live nearby and keep relationships with staff they know, piloted from 2017-18 and extended in 2023 to 47 councils and 3 providers; the forerunner of the statutory staying close duty.",
    theme: "care-leavers",
    kind: "pilot",
    sourceIds: [
      "narey-residential-care-review-2016",
      "stable-homes-built-on-love-2023",
      "staying-close-expansion-2023",
    ],
    legalBasis: {
      kind: "none",
      reason: "A grant-funded programme; the statutory duty is the separate 2026 Act provision.",
    },
    dutyHolders: ["local-authority"],
    history: [
      { status: "proposed", date: "2016-07-04", sourceIds: ["narey-residential-care-review-2016"] },
      {
        status: "in-force",
        date: "2023-09-21",
        sourceIds: ["staying-close-expansion-2023"],
        note: "Expansion to 47 councils announced. Pilots had run since 2017-18 (no exact start date found), so earlier dates read as 'proposed' understate it.",
      },
    ],
    commencement: {
      mechanism: "programme-launch",
      date: "2023-09-21",
      sourceIds: ["staying-close-expansion-2023"],
    },
    councilActions: ["Evaluate the local programme and plan how it becomes the statutory service."],
    verified: false,
    openQuestions: ["The start date of the first pilots (2017-18)."],
    verifyBy: [
      "The DfE's evaluation of the Staying Close pilots (November 2020) or the Innovation Programme announcement, for the pilots' start date.",
    ],
  },
  {
    id: "agency-social-worker-guidance",
    title: "Statutory guidance on councils' use of agency social workers",
    aliases: ["agency social worker rules", "agency rules", "agency social workers"],
    summary:
      "National rules for councils' use of agency child and family social workers, in effect from 31 October 2024 with a transition to 1 October 2025: a minimum period of local authority experience before agency work (three years, as reported when the rules were published), regionally agreed price caps, project teams only with every worker approved by the council, four-week notice periods, no re-engagement within three months of leaving a permanent post in the same region, references, and quarterly data returns to DfE (the one legal requirement).",
    theme: "workforce",
    kind: "statutory-guidance",
    sourceIds: ["stable-homes-built-on-love-2023", "agency-social-worker-guidance-2024"],
    legalBasis: {
      kind: "legislation",
      references: [
        {
          act: "Local Authority Social Services Act 1970",
          section: "s7",
          effect: "guidance-under",
          url: LASSA_S7,
          verified: false,
          note: "The gov.uk page says the guidance is issued by law but does not name the power here; s7 is not confirmed.",
          verifyBy:
            "The legal-basis paragraph of the agency social worker statutory guidance (gov.uk, October 2024 version): the power it is issued under.",
        },
      ],
    },
    dutyHolders: ["local-authority"],
    history: [
      {
        status: "consulted-on",
        date: "2023-02-02",
        sourceIds: ["stable-homes-built-on-love-2023"],
        note: "Consulted on from February to May 2023.",
      },
      { status: "in-force", date: "2024-10-31", sourceIds: ["agency-social-worker-guidance-2024"] },
    ],
    commencement: {
      mechanism: "publication",
      date: "2024-10-31",
      expected: "Transition period to 1 October 2025.",
      sourceIds: ["agency-social-worker-guidance-2024"],
    },
    councilActions: [
      "Check every agency engagement against the rules: experience, regional price cap, notice period, three-month cool-off, references.",
      "Send the quarterly agency data return to DfE.",
      "Report agency numbers and spend to committee.",
    ],
    verified: false,
    openQuestions: [
      "The exact experience threshold (committee minutes say three years) and the other rules; check the guidance text.",
    ],
    verifyBy: [
      "The statutory guidance text on gov.uk (October 2024): its legal basis, the experience threshold and the other rules.",
    ],
    links: [
      "https://www.staffingindustry.com/news/global-daily-news/uk-government-outlines-rules-on-agency-use-in-social-work",
    ],
  },
  {
    id: "social-work-workforce-development",
    title: "Growing and developing the social work workforce (early career framework, academies)",
    aliases: ["early career framework", "social care academy", "regional care academy", "workforce academy"],
    summary:
      "The national workforce pillar: a five-year early career framework for child and family social workers and support for recruitment and retention. Councils and regions respond with their own social care academies that train social workers and related roles.",
    theme: "workforce",
    kind: "programme",
    sourceIds: ["care-review-2022", "stable-homes-built-on-love-2023"],
    legalBasis: {
      kind: "none",
      reason:
        "Workforce development is delivered through programmes and local academies; no legislation requires it.",
    },
    dutyHolders: ["local-authority", "secretary-of-state"],
    history: [
      { status: "proposed", date: "2022-05-23", sourceIds: ["care-review-2022"] },
      { status: "consulted-on", date: "2023-02-02", sourceIds: ["stable-homes-built-on-love-2023"] },
    ],
    commencement: {
      mechanism: "not-applicable",
      expected: "No national start date found; local academies run on their own timetables.",
      sourceIds: ["stable-homes-built-on-love-2023"],
    },
    councilActions: [
      "Set out the council's academy or workforce plan: roles covered, intake, retention targets.",
    ],
    verified: false,
    openQuestions: ["The launch date and status of the national early career framework."],
    verifyBy: [
      "The DfE's announcement of the early career framework for child and family social workers on gov.uk, for its launch date and status.",
    ],
    links: ["https://ccinform.co.uk/practice-guidance/childrens-social-care-reforms"],
  },
  {
    id: "care-experience-protected-characteristic",
    title: "Care experience as a protected characteristic",
    aliases: ["protected characteristic", "care experience"],
    summary:
      "The care review recommended making care experience a protected characteristic under the Equality Act 2010. Government has not legislated; more than 110 councils treat it as one locally (in equality impact assessments and equality objectives).",
    theme: "corporate-parenting",
    kind: "recommendation",
    sourceIds: ["care-review-2022"],
    legalBasis: {
      kind: "none",
      reason: "Not legislated: the Equality Act 2010 is unchanged; councils adopt it by local resolution.",
    },
    dutyHolders: ["local-authority"],
    history: [{ status: "proposed", date: "2022-05-23", sourceIds: ["care-review-2022"] }],
    commencement: {
      mechanism: "not-applicable",
      sourceIds: ["care-review-2022"],
    },
    councilActions: [
      "Decide whether to adopt it locally; if so, add care experience to equality impact assessments.",
    ],
    verified: true,
    links: [
      "https://thebarristergroup.co.uk/blog/the-childrens-wellbeing-and-schools-bill-transforming-englands-childrens-care-system",
    ],
  },
  {
    id: "staying-put-and-close-to-23",
    title: "Staying Put and Staying Close as an entitlement to age 23",
    aliases: ["staying put to 23"],
    summary:
      "The care review recommended a legal, opt-out entitlement to Staying Put and Staying Close up to 23. Not adopted: Staying Put still ends at 21, and the new staying close duty is support rather than a place to live.",
    theme: "care-leavers",
    kind: "recommendation",
    sourceIds: ["care-review-2022"],
    legalBasis: {
      kind: "none",
      reason:
        "Not taken forward by government; amendments to extend Staying Put during the Bill's passage were not adopted.",
    },
    dutyHolders: ["local-authority"],
    history: [{ status: "proposed", date: "2022-05-23", sourceIds: ["care-review-2022"] }],
    commencement: { mechanism: "not-applicable", sourceIds: ["care-review-2022"] },
    councilActions: [],
    verified: true,
    links: ["https://fostertalk.org/social-care-review/"],
  },
];
