import { IsoDate, Money, personal } from "@childrens-social-care/core";
import * as z from "zod";

/**
 * A family network support package: "a pot of funding targeted specifically at family networks to enable
 * them to step in and provide support where there is a practical or financial barrier". Its first aim is
 * that the child stays safely with their parents; its second, a move to kinship care (Families First for
 * Children Pathfinder; Families First Partnership programme guide, DfE 2025, updated 26 March 2026).
 */
export const FamilyNetworkSupportPackage = z
  .object({
    id: z.string().min(1),
    childIds: z.array(personal(z.string().min(1))).min(1),
    familyNetworkMeetingId: z.string().min(1).optional(),
    purpose: z.enum(["child-stays-with-parents", "move-to-kinship-care", "reunification"]),
    items: z
      .array(
        z
          .object({
            kind: z.enum(["practical", "financial"]),
            description: z.string().min(1),
            amount: Money.optional(),
          })
          .strict(),
      )
      .min(1),
    agreedOn: IsoDate,
    endsOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.FamilyNetworkSupportPackage",
    title: "Family network support package",
    description: "Practical or financial help for a family network to care for a child.",
  });
/** A family network support package. */
export type FamilyNetworkSupportPackage = z.infer<typeof FamilyNetworkSupportPackage>;

/** The total money in a package, in pence. */
export function packageTotalPence(pkg: FamilyNetworkSupportPackage): number {
  return pkg.items.reduce((sum, item) => sum + (item.amount?.amountPence ?? 0), 0);
}
