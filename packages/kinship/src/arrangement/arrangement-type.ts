import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// The legal forms kinship care takes in England. The list follows the types in the Kinship care
// statutory guidance (DfE, October 2024) and Working Together to Safeguard Children glossary ("Kinship
// care is any situation in which a child is being raised in the care of a friend or family member who
// is not their parent"), with adoption by a relative as councils' kinship local offers list it
// (e.g. Westmorland and Furness, Bolton). England only: Wales differs.
const GUIDANCE = "Kinship care: statutory guidance for local authorities (DfE, October 2024)";

/** The legal form of a kinship arrangement; the discriminant of {@link KinshipArrangement}. */
export const KinshipArrangementType = defineCodeList(
  [
    {
      code: "special-guardianship-order",
      label: "Special guardianship order",
      description: "A special guardian holds parental responsibility exercisable to the exclusion of others.",
      source: "Children Act 1989 ss14A-14F; Special Guardianship Regulations 2005 (SI 2005/1109)",
    },
    {
      code: "child-arrangements-order",
      label: "Child arrangements order (lives with)",
      description:
        "A 'lives with' order in favour of a friend or relative; replaced residence orders on 22 April 2014.",
      source: "Children Act 1989 s8 (as amended by Children and Families Act 2014 s12)",
    },
    {
      code: "kinship-foster-care",
      label: "Kinship foster care (connected person)",
      description:
        "The child is looked after and lives with a connected person approved as a local authority foster parent, temporarily (reg 24) or fully.",
      source:
        "Children Act 1989 s22C; Care Planning, Placement and Case Review (England) Regulations 2010 regs 24-25; Fostering Services (England) Regulations 2011",
    },
    {
      code: "private-family-arrangement",
      label: "Private family arrangement",
      description:
        "A close relative without parental responsibility raises the child; no local authority role and no court order.",
      source: `${GUIDANCE}, informal kinship care type (i); Children Act 1989 s105 ("relative")`,
    },
    {
      code: "informal-kinship-care",
      label: "Other informal kinship care",
      description:
        "A child under 16 cared for by someone who is not a close relative for less than 28 days, or a 16 or 17 year old cared for by someone who is not a close relative.",
      source: `${GUIDANCE}, informal kinship care types (ii) and (iii)`,
    },
    {
      code: "private-fostering",
      label: "Private fostering",
      description:
        "A child under 16 (under 18 if disabled) cared for for 28 days or more by someone who is not a parent, close relative or holder of parental responsibility; the local authority must be notified.",
      source:
        "Children Act 1989 s66; Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533)",
    },
    {
      code: "adoption-by-relative",
      label: "Adoption by a relative or friend",
      description:
        "A non-agency adoption by a relative or friend; ends the birth parents' parental responsibility.",
      source: "Adoption and Children Act 2002 ss42, 44, 46",
    },
  ] as const,
  {
    id: "kinship.KinshipArrangementType",
    title: "Kinship arrangement type",
    description: "The legal form of a kinship arrangement in England.",
  },
);
/** The legal form of a kinship arrangement. */
export type KinshipArrangementType = z.infer<typeof KinshipArrangementType>;
