import { defineCodeList } from "@childrens-social-care/core";
import * as z from "zod";

const S2 = "Children and Social Work Act 2017 s2(2)";
const S8 =
  "Children and Social Work Act 2017 s2, as amended by the Children's Wellbeing and Schools Act 2026 s8";

/** The areas a local offer for care leavers covers (CSWA 2017 s2(2), as amended in 2026). */
export const LocalOfferCategory = defineCodeList(
  [
    { code: "health-and-wellbeing", label: "Health and well-being", source: S2 },
    { code: "relationships", label: "Relationships", source: S2 },
    { code: "education-and-training", label: "Education and training", source: S2 },
    { code: "employment", label: "Employment", source: S2 },
    { code: "accommodation", label: "Accommodation", source: S2 },
    { code: "participation-in-society", label: "Participation in society", source: S2 },
    {
      code: "financial-literacy",
      label: "Financial literacy",
      description:
        "New s2(2)(g). Added by the 2026 Act s8; not in force when last checked (none found to 30 June 2026, nor in a search on 4 December 2026).",
      source: S8,
    },
    {
      code: "financial-support",
      label: "Financial support",
      description:
        "New s2(2A)(d). Added by the 2026 Act s8; not in force when last checked (none found to 30 June 2026, nor in a search on 4 December 2026).",
      source: S8,
    },
    {
      code: "homelessness-prevention",
      label: "Homelessness prevention",
      description:
        "New s2(2B). Added by the 2026 Act s8; not in force when last checked (none found to 30 June 2026, nor in a search on 4 December 2026).",
      source: S8,
    },
  ] as const,
  {
    id: "corporate-parenting.LocalOfferCategory",
    title: "Local offer category",
    description: "An area of the local offer for care leavers (CSWA 2017 s2(2), as amended in 2026).",
  },
);
/** An area of the local offer for care leavers. */
export type LocalOfferCategory = z.infer<typeof LocalOfferCategory>;

/** A care leaver's legal status, which decides what they are entitled to. */
export const CareLeaverStatus = defineCodeList(
  [
    {
      code: "eligible-child",
      label: "Eligible child",
      description:
        "Aged 16 or 17, looked after for at least 13 weeks from age 14 ending after 16, still looked after.",
      source: "Children Act 1989 Schedule 2 para 19B",
    },
    {
      code: "relevant-child",
      label: "Relevant child",
      description: "Aged 16 or 17, was eligible, no longer looked after.",
      source: "Children Act 1989 s23A",
    },
    {
      code: "former-relevant-child",
      label: "Former relevant child",
      description: "Aged 18 to 25, was eligible or relevant.",
      source: "Children Act 1989 s23C",
    },
    {
      code: "former-relevant-child-returning",
      label: "Former relevant child aged 21 to 25 asking for support",
      source: "Children Act 1989 s23CZB (Children and Social Work Act 2017 s3)",
    },
    {
      code: "qualifying-care-leaver",
      label: "Qualifying care leaver",
      description: "Looked after, accommodated or privately fostered after 16 but not eligible.",
      source: "Children Act 1989 s24",
    },
  ] as const,
  {
    id: "corporate-parenting.CareLeaverStatus",
    title: "Care leaver status",
    description: "A care leaver's legal status under the Children Act 1989.",
  },
);
/** A care leaver's legal status. */
export type CareLeaverStatus = z.infer<typeof CareLeaverStatus>;

/** The entitlements councils' local offers are compared on. */
export const EntitlementKind = z
  .enum([
    "setting-up-home-allowance",
    "higher-education-bursary",
    "council-tax-relief",
    "personal-adviser",
    "staying-put",
    "staying-close",
    "apprenticeship-bursary",
    "sixteen-to-nineteen-bursary",
    "other",
  ])
  .meta({
    id: "corporate-parenting.EntitlementKind",
    title: "Entitlement kind",
    description: "The kind of local offer entitlement, for comparison with the national entitlement.",
  });
/** An entitlement kind. */
export type EntitlementKind = z.infer<typeof EntitlementKind>;
