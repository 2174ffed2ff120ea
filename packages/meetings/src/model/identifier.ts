import * as z from "zod";
import { codeList } from "./code-list";

/** Identifier schemes seen for councils, committees and meetings (meetings reference §4.2 `IdScheme`). */
export const IdScheme = codeList(
  {
    gss: "ONS GSS code",
    "dfe-la": "DfE local authority number",
    everyelection: "Democracy Club organisation id",
    ocd: "Open Civic Data id",
    "moderngov-committee": "ModernGov committee id (CId)",
    "moderngov-meeting": "ModernGov meeting id (MId)",
    "moderngov-agenda-item": "ModernGov agenda item id (AIId)",
    "moderngov-issue": "ModernGov issue id (IId)",
    "moderngov-decision": "ModernGov decision id",
    "moderngov-attachment": "ModernGov attachment id",
    "minute-number": "Minute number",
    other: "Other",
  },
  {
    id: "meetings.IdScheme",
    title: "Identifier scheme",
    description: "The scheme an identifier belongs to.",
    source: "Meetings reference §4.2 IdScheme; Popolo identifier {identifier, scheme}",
  },
);
export type IdScheme = z.infer<typeof IdScheme>;

/** An identifier in a scheme: the Popolo/OCD `{ identifier, scheme }` shape. */
export const Identifier = z
  .object({ scheme: IdScheme, identifier: z.string().min(1) })
  .meta({ id: "meetings.Identifier", title: "Identifier", description: "An identifier and its scheme." });
export type Identifier = z.infer<typeof Identifier>;
