import { defineCodeList, personal } from "@childrens-social-care/core";
import * as z from "zod";

const GUIDANCE =
  "Kinship care: statutory guidance for local authorities (DfE, October 2024), who can be a kinship carer";
const S105 = 'Children Act 1989 s105 "relative"';

/**
 * How a kinship carer is connected to the child. The first four are "relatives" in the Children Act 1989
 * s105 sense ("a grandparent, brother, sister, uncle or aunt (whether of the full blood or half blood or by
 * marriage or civil partnership) or step-parent"): close relatives, whose care is never private fostering.
 */
export const KinshipCarerRelationship = defineCodeList(
  [
    { code: "grandparent", label: "Grandparent", source: S105 },
    { code: "sibling", label: "Brother or sister (adult)", source: S105 },
    { code: "aunt-or-uncle", label: "Aunt or uncle", source: S105 },
    { code: "step-parent", label: "Step-parent", source: S105 },
    {
      code: "other-relative",
      label: "Other relative (e.g. cousin, great-aunt)",
      description: "Not a close relative under s105, so a stay of 28 days or more may be private fostering.",
      source: GUIDANCE,
    },
    {
      code: "relative-of-half-sibling",
      label: "Close relative of the child's half-sibling",
      source: GUIDANCE,
    },
    {
      code: "former-step-parent-or-partner-of-parent",
      label: "Former step-parent or partner of the child's parent",
      source: GUIDANCE,
    },
    { code: "friend-of-child", label: "Close friend of the child", source: GUIDANCE },
    { code: "friend-of-parent", label: "Close friend of the child's parent", source: GUIDANCE },
    { code: "friend-of-relative", label: "Close friend of the child's close relative", source: GUIDANCE },
    {
      code: "prior-connection",
      label: "Person with a prior connection (teacher, youth worker, childminder, former foster carer)",
      source: `${GUIDANCE}; Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 "connected person"`,
    },
  ] as const,
  {
    id: "kinship.KinshipCarerRelationship",
    title: "Kinship carer relationship",
    description: "How a kinship carer is connected to the child.",
  },
);
/** How a kinship carer is connected to the child. */
export type KinshipCarerRelationship = z.infer<typeof KinshipCarerRelationship>;

const CLOSE_RELATIVES: ReadonlySet<KinshipCarerRelationship> = new Set([
  "grandparent",
  "sibling",
  "aunt-or-uncle",
  "step-parent",
]);

/** True for a "relative" in the Children Act 1989 s105 sense (a close relative for private fostering). */
export function isCloseRelative(relationship: KinshipCarerRelationship): boolean {
  return CLOSE_RELATIVES.has(relationship);
}

/** One kinship carer: the council's person id (personal data) and how they are connected to the child. */
export const KinshipCarer = z
  .object({
    personId: personal(z.string().min(1)),
    relationship: KinshipCarerRelationship,
  })
  .strict()
  .meta({
    id: "kinship.KinshipCarer",
    title: "Kinship carer",
    description: "A kinship carer: the council's person id and how they are connected to the child.",
  });
/** One kinship carer. */
export type KinshipCarer = z.infer<typeof KinshipCarer>;
