import * as z from "zod";
import { codeList } from "./code-list";
import { Participant } from "./participant";
import { Span } from "./span";

/** In what capacity someone attended (meetings reference §4.2 `AttendeeRole`). */
export const AttendeeRole = codeList(
  {
    chair: "Chair",
    "vice-chair": "Vice-chair",
    member: "Member",
    substitute: "Substitute",
    "co-opted-member": "Co-opted member",
    "cabinet-member": "Cabinet member",
    "lead-member": "Lead member",
    "portfolio-holder": "Portfolio holder",
    officer: "Officer",
    presenter: "Presenter",
    witness: "Witness",
    "young-person-representative": "Young person representative",
    "foster-carer-representative": "Foster carer representative",
    "partner-representative": "Partner representative",
    clerk: "Clerk",
    "democratic-services-officer": "Democratic services officer",
    observer: "Observer",
    public: "Member of the public",
    press: "Press",
  },
  {
    id: "meetings.AttendeeRole",
    title: "Attendee role",
    description: "In what capacity someone attended a meeting.",
    source: "Meetings reference §4.2 AttendeeRole",
  },
);
export type AttendeeRole = z.infer<typeof AttendeeRole>;

/**
 * Whether someone attended: ModernGov's attendance statuses ("Present", "Present, virtual", "Present,
 * as substitute", "In attendance", ...; mgUserAttendanceSummary.aspx) plus apologies, absence and
 * late arrival or early departure as minuted.
 */
export const AttendanceStatus = codeList(
  {
    present: "Present",
    "present-virtual": "Present, virtual",
    "present-as-substitute": "Present, as substitute",
    "present-as-substitute-virtual": "Present, as substitute, virtual",
    "in-attendance": "In attendance",
    "in-attendance-virtual": "In attendance, virtual",
    apologies: "Apologies",
    "apologies-substitute-sent": "Apologies, substitute sent",
    absent: "Absent",
    expected: "Expected",
    "arrived-late": "Arrived late",
    "left-early": "Left early",
  },
  {
    id: "meetings.AttendanceStatus",
    title: "Attendance status",
    description: "Whether and how someone attended a meeting.",
    source: "Meetings reference §1.6 (ModernGov attendance statuses) and §4.2 AttendanceStatus",
  },
);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** A time of day as minuted, 24-hour `HH:MM` ("9.40am" is `09:40`). */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "A time must be HH:MM (24-hour)." })
  .meta({ id: "meetings.TimeOfDay", title: "Time of day", description: "24-hour HH:MM." });
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/** One person's attendance at a meeting, with arrivals and departures. */
export const Attendance = z
  .object({
    participant: Participant,
    role: AttendeeRole,
    status: AttendanceStatus,
    substituteFor: Participant.optional(),
    arrivedAt: TimeOfDay.optional(),
    leftAt: TimeOfDay.optional(),
    /** Agenda item number during which they arrived or left ("left the meeting during this item"). */
    arrivedDuringItem: z.string().min(1).optional(),
    leftDuringItem: z.string().min(1).optional(),
    span: Span.optional(),
  })
  .meta({
    id: "meetings.Attendance",
    title: "Attendance",
    description: "One person's attendance at a meeting.",
  });
export type Attendance = z.infer<typeof Attendance>;
