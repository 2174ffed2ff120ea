import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// The red/amber/green scale councils use in readiness and performance reports (RagStatus in
// /shared/reference/kinship-corporate-parenting.md B18), with "complete" for provisions fully implemented.
const SOURCE = "Council RAG reporting convention (kinship-corporate-parenting.md B18)";

/** How ready a council is to meet a provision. */
export const RagRating = defineCodeList(
  [
    { code: "red", label: "Red: not on track", source: SOURCE },
    { code: "amber", label: "Amber: at risk", source: SOURCE },
    { code: "green", label: "Green: on track", source: SOURCE },
    { code: "complete", label: "Complete: implemented", source: SOURCE },
    { code: "not-rated", label: "Not rated", source: SOURCE },
  ] as const,
  {
    id: "reforms.RagRating",
    title: "RAG rating",
    description: "A council's readiness for a reform provision: red, amber, green, complete or not rated.",
  },
);
export type RagRating = z.infer<typeof RagRating>;
