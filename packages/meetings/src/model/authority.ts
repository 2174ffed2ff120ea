import * as z from "zod";
import { codeList } from "./code-list";
import { Identifier } from "./identifier";

/** Kinds of English local authority (meetings reference §4.2 `AuthorityKind`). */
export const AuthorityKind = codeList(
  {
    county: "County council",
    district: "District council",
    unitary: "Unitary authority",
    "metropolitan-borough": "Metropolitan borough",
    "london-borough": "London borough",
    "city-of-london": "City of London Corporation",
    "combined-authority": "Combined authority",
    other: "Other",
  },
  {
    id: "meetings.AuthorityKind",
    title: "Authority kind",
    description: "The kind of council that holds the meetings.",
    source: "Meetings reference §4.2 AuthorityKind (ONS local authority types)",
  },
);
export type AuthorityKind = z.infer<typeof AuthorityKind>;

/** A council: the organisation whose committees meet (Popolo Organization, classification council). */
export const Authority = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    shortName: z.string().min(1).optional(),
    kind: AuthorityKind,
    identifiers: z.array(Identifier).default([]),
    /** Base URL of the council's ModernGov site, e.g. `https://democracy.example.gov.uk`. */
    moderngovBaseUrl: z.url().optional(),
  })
  .meta({
    id: "meetings.Authority",
    title: "Authority",
    description: "A council whose committees hold meetings.",
  });
export type Authority = z.infer<typeof Authority>;
