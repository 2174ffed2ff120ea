// Children's Wellbeing and Schools Act 2026, Part 2 provisions that child protection depends on: consent to
// home-educate (s37) and registers of children not in school (s38). Commencement in England by the
// Secretary of State, in Wales by the Welsh Ministers (s78(3)(b)).
import type { ProvisionInput } from "../model/provision";
import { bySecretaryOfStateRegulations, cwsaRef, enactedAs, inBillAsIntroduced } from "./helpers";

export const schoolProvisions: readonly ProvisionInput[] = [
  {
    id: "home-education-consent",
    title: "Council consent before withdrawing certain children from school to home-educate",
    aliases: [
      "home-education consent",
      "home education",
      "permission of a local authority before a parent home-educates",
      "withdrawal from school",
    ],
    summary:
      "A parent must get the council's consent before taking a child off a school roll to educate them at home when the child is subject to child protection enquiries (Children Act 1989 s47), on a child protection plan, or was placed by the council at a special school.",
    theme: "education-and-safeguarding",
    kind: "duty",
    sourceIds: ["keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(37, "inserts", "Education Act 1996 s434A", true)],
    },
    dutyHolders: ["parents", "local-authority", "education-and-childcare"],
    history: [
      { status: "proposed", date: "2024-11-18", sourceIds: ["keeping-children-safe-2024"] },
      inBillAsIntroduced("24"),
      enactedAs(37),
    ],
    commencement: bySecretaryOfStateRegulations(
      "England: a day the Secretary of State appoints (s78(5)); Wales: the Welsh Ministers (s78(3)(b)). None found by 30 June 2026 nor in the sources searched on 4 December 2026.",
    ),
    councilActions: [
      "Set up a consent decision process between children's social care and education, with timescales and records.",
      "Tell schools that children under s47 enquiries or child protection plans cannot leave the roll for home education without consent.",
    ],
    verified: true,
    links: [
      "https://www.legislation.gov.uk/ukpga/2026/21/section/37/enacted",
      "https://wslaw.co.uk/?p=31847",
    ],
  },
  {
    id: "children-not-in-school-registers",
    title: "Registers of children not in school",
    aliases: ["children not in school register", "CNIS", "home education register"],
    summary:
      "Councils must keep a register of children of compulsory school age in their area who are not registered at a school, with who educates them and for how long, using information parents and education providers must give, and offer support to home-educating parents.",
    theme: "education-and-safeguarding",
    kind: "duty",
    sourceIds: ["keeping-children-safe-2024", "cws-bill-2024", "cws-act-2026"],
    legalBasis: {
      kind: "legislation",
      references: [cwsaRef(38, "inserts", "Education Act 1996 ss436B-436G", true)],
    },
    dutyHolders: ["local-authority", "parents", "education-and-childcare"],
    history: [
      { status: "proposed", date: "2024-11-18", sourceIds: ["keeping-children-safe-2024"] },
      inBillAsIntroduced("25"),
      enactedAs(38),
    ],
    commencement: bySecretaryOfStateRegulations(
      "Prospective. England: a day the Secretary of State appoints (s78(5)); Wales: the Welsh Ministers (s78(3)(b)). Home-education sources expected the end of 2026 at the earliest, around 2027.",
    ),
    councilActions: ["Plan the register system, data flows from schools and parents, and the support offer."],
    verified: true,
    openQuestions: ["The clause number in the Bill as introduced (clause 25 is inferred)."],
    links: [
      "https://www.legislation.gov.uk/ukpga/2026/21/section/38/enacted",
      "https://edyourself.org/future-sections-436b-g/",
    ],
  },
];
