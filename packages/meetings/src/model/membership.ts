import { endNotBeforeStart, IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { codeList } from "./code-list";
import { Participant } from "./participant";

/** A member's role on a body (Popolo Membership `role`; Council Data Project `RoleTitle`). */
export const MembershipRole = codeList(
  {
    chair: "Chair",
    "vice-chair": "Vice-chair",
    member: "Member",
    substitute: "Substitute",
    reserve: "Reserve",
    "co-opted-voting": "Co-opted member (voting)",
    "co-opted-non-voting": "Co-opted member (non-voting)",
    "ex-officio": "Ex officio member",
    observer: "Observer",
    adviser: "Adviser",
  },
  {
    id: "meetings.MembershipRole",
    title: "Membership role",
    description: "The role a person holds on a council body.",
    source: "Meetings reference §4.2 MembershipRole; Popolo Membership.role",
  },
);
export type MembershipRole = z.infer<typeof MembershipRole>;

/** A person's (or young person's, or partner's) seat on a body for a period (Popolo Membership). */
export const Membership = z
  .object({
    id: z.string().min(1).optional(),
    bodyId: z.string().min(1),
    member: Participant,
    role: MembershipRole,
    votingRights: z.boolean().optional(),
    /** Party group or partner organisation the member sits for (Popolo `on_behalf_of`). */
    onBehalfOf: z.string().min(1).optional(),
    startDate: IsoDate.optional(),
    endDate: IsoDate.optional(),
  })
  .check(endNotBeforeStart("startDate", "endDate"))
  .meta({ id: "meetings.Membership", title: "Membership", description: "A seat on a council body." });
export type Membership = z.infer<typeof Membership>;
