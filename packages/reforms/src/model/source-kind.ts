import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

/** What sort of document a reform comes from. */
export const SourceKind = defineCodeList(
  [
    {
      code: "review",
      label: "Independent review",
      source: "e.g. Independent Review of Children's Social Care",
    },
    { code: "strategy", label: "Government strategy", source: "e.g. Stable Homes, Built on Love" },
    {
      code: "policy-paper",
      label: "Policy paper or statement",
      source: "e.g. Keeping Children Safe, Helping Families Thrive",
    },
    { code: "consultation", label: "Consultation", source: "A formal government consultation document" },
    { code: "bill", label: "Bill or amendment before Parliament", source: "bills.parliament.uk" },
    { code: "act", label: "Act of Parliament", source: "legislation.gov.uk" },
    { code: "regulations", label: "Regulations (statutory instrument)", source: "legislation.gov.uk" },
    { code: "guidance", label: "Guidance (statutory or programme)", source: "gov.uk" },
    {
      code: "announcement",
      label: "Announcement",
      description: "A ministerial statement or announcement, or a report of one by the body concerned.",
      source: "Written ministerial statements; sector bodies reporting announcements",
    },
  ] as const,
  {
    id: "reforms.SourceKind",
    title: "Reform source kind",
    description:
      "Review, strategy, policy paper, consultation, bill, act, regulations, guidance or announcement.",
  },
);
export type SourceKind = z.infer<typeof SourceKind>;
