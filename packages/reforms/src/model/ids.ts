import * as z from "zod";

/** A kebab-case identifier (`"fgdm-pre-proceedings"`), stable across releases. */
export const KebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "Use a kebab-case id (lower-case letters, digits and hyphens).",
});

/** An absolute http(s) address of a published document. */
export const WebAddress = z.url({ protocol: /^https?$/, error: "Give an absolute http(s) address." });
