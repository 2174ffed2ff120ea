import { personal } from "@childrens-social-care/core";
import * as z from "zod";

/**
 * Someone who took part: a person by name, by role, or both. Minutes usually name officers by role
 * only ("The Head of Looked After Children") and children and young people by first name only or not
 * at all (meetings reference §3.3), so neither field is required; the name is personal data.
 */
export const Participant = z
  .object({
    /** The name as the minutes give it ("Steve Liddicott", "Councillor T Henderson", "Luke"). */
    name: personal(z.string().min(1)).optional(),
    /** The role as written ("Head of quality assurance and practice development", "Clerk"). */
    role: z.string().min(1).optional(),
  })
  .meta({
    id: "meetings.Participant",
    title: "Participant",
    description: "A person or group by name, by role, or both; a name is never required.",
  });
export type Participant = z.infer<typeof Participant>;
