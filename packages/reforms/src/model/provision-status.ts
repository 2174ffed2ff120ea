import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

const LIFECYCLE = "Stages of a reform, from proposal to commencement (reforms.md synthesis (b), simplified)";

/**
 * Where a provision stands in its life: proposed in a review or policy paper, consulted on, in a Bill,
 * enacted (Royal Assent, not yet commenced), partly in force (some purposes or powers only), in force, or
 * withdrawn. For a non-statutory programme or statutory guidance, `in-force` means it is issued and
 * operative (its {@link ProvisionKind} says which).
 */
export const ProvisionStatus = defineCodeList(
  [
    {
      code: "proposed",
      label: "Proposed",
      description:
        "Recommended by a review or committed to in a strategy or policy paper; no legal text yet.",
      source: LIFECYCLE,
    },
    {
      code: "consulted-on",
      label: "Consulted on",
      description: "A formal government consultation was held on it.",
      source: LIFECYCLE,
    },
    {
      code: "in-bill",
      label: "In a Bill",
      description: "A clause of a Bill before Parliament.",
      source: LIFECYCLE,
    },
    {
      code: "enacted",
      label: "Enacted, not yet in force",
      description: "Royal Assent given; the provision waits for commencement.",
      source: LIFECYCLE,
    },
    {
      code: "partly-in-force",
      label: "Partly in force",
      description:
        "In force for some purposes only (for example its regulation-making powers), or in some places.",
      source: `${LIFECYCLE}; Children's Wellbeing and Schools Act 2026 s78(1)(a) brings powers to make regulations into force on Royal Assent`,
    },
    {
      code: "in-force",
      label: "In force",
      description: "Fully commenced, or (guidance, programmes) issued and operative.",
      source: LIFECYCLE,
    },
    {
      code: "withdrawn",
      label: "Withdrawn",
      description: "Dropped or not taken forward.",
      source: LIFECYCLE,
    },
  ] as const,
  {
    id: "reforms.ProvisionStatus",
    title: "Provision status",
    description:
      "Where a reform provision stands: proposed, consulted on, in a Bill, enacted, partly in force, in force, withdrawn.",
  },
);
export type ProvisionStatus = z.infer<typeof ProvisionStatus>;
