import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

/**
 * What sort of thing a provision is, so that "in force" can be read rightly: a duty in force binds now;
 * a power in force only lets a minister act (the profit cap of CWSA 2026 s17 is a power: no cap applies
 * until regulations are made); a programme or pilot is funded delivery without new law.
 */
export const ProvisionKind = defineCodeList(
  [
    { code: "duty", label: "Statutory duty", source: "Primary legislation that places a duty on a body" },
    {
      code: "power",
      label: "Statutory power",
      description: "A power to make regulations, give directions or act; it changes nothing until used.",
      source: "Primary legislation that confers a power (CWSA 2026 s78(1)(a))",
    },
    {
      code: "statutory-guidance",
      label: "Statutory guidance",
      description: "Guidance councils must follow unless there is good reason not to.",
      source: "Local Authority Social Services Act 1970 s7",
    },
    {
      code: "programme",
      label: "National programme",
      source: "Grant-funded delivery without new legislation",
    },
    { code: "pilot", label: "Pilot or pathfinder", source: "Testing in some council areas only" },
    {
      code: "recommendation",
      label: "Recommendation",
      description: "Recommended by a review, not (yet) adopted by government.",
      source: "Independent reviews",
    },
  ] as const,
  {
    id: "reforms.ProvisionKind",
    title: "Provision kind",
    description:
      "Whether a reform is a duty, a power, statutory guidance, a programme, a pilot or a recommendation.",
  },
);
export type ProvisionKind = z.infer<typeof ProvisionKind>;
