import * as z from "zod";

/**
 * An Ofsted unique reference number (URN).
 *
 * Social care providers registered with Ofsted (children's homes, fostering and adoption agencies) carry
 * `SC` followed by six digits; schools and providers registered under Ofsted's numeric scheme carry six
 * or seven digits. Source: reference/identifiers.md; Ofsted's registers of social care providers.
 * The SSDA903 placeholder `XXXXXXX` is not a URN and is handled by the 903 rules, not here.
 *
 * @example
 * OfstedUrn.parse("SC123456"); // ok
 * OfstedUrn.parse("1500805"); // ok
 */
export const OfstedUrn = z
  .string()
  .regex(/^(SC\d{6}|\d{6,7})$/, { error: "An Ofsted URN is SC followed by 6 digits, or 6 or 7 digits." })
  .meta({
    id: "core.OfstedUrn",
    title: "Ofsted URN",
    description: "Ofsted unique reference number: SC + 6 digits for social care providers, or 6–7 digits.",
    examples: ["SC123456", "1500805"],
  });
/** An Ofsted unique reference number. */
export type OfstedUrn = z.infer<typeof OfstedUrn>;

/** True for a social care provider's URN (`SC` + six digits). */
export function isSocialCareUrn(urn: string): boolean {
  return /^SC\d{6}$/.test(urn);
}
