import * as z from "zod";

/**
 * An amount of money in whole pence, so sums never suffer floating-point error (£3,000 is 300000).
 * Pounds sterling only: the package models England.
 */
export const Money = z
  .object({
    amountPence: z.int().min(0),
    currency: z.literal("GBP"),
  })
  .strict()
  .meta({
    id: "core.Money",
    title: "Money",
    description: "An amount in whole pence of pounds sterling (GBP).",
  });
/** An amount of money in whole pence. */
export type Money = z.infer<typeof Money>;

/** `£12.50` from `{ amountPence: 1250 }`; for messages and display. */
export function formatMoney(money: Money): string {
  const pounds = Math.floor(money.amountPence / 100);
  const pence = money.amountPence % 100;
  const whole = pounds.toLocaleString("en-GB");
  return pence === 0 ? `£${whole}` : `£${whole}.${String(pence).padStart(2, "0")}`;
}
