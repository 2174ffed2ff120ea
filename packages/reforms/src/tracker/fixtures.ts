// A small tracker used by the tracker tests and schema-agreement tests: a council's readiness for three
// provisions, reviewed at a committee meeting.
import type { ImplementationTrackerInput } from "./implementation-tracker";

export const exampleTracker: ImplementationTrackerInput = {
  council: "Example Borough Council",
  laNumber: "805",
  updatedOn: "2026-05-14",
  entries: [
    {
      provisionId: "kinship-local-offer",
      rag: "amber",
      owner: "Head of Kinship Services",
      actions: [
        {
          id: "draft-offer",
          description: "Draft the kinship local offer",
          dueDate: "2026-05-14",
          status: "in-progress",
        },
        {
          id: "consult-families",
          description: "Consult kinship carers and children on the draft",
          dueDate: "2026-05-15",
          status: "not-started",
        },
        {
          id: "publish-offer",
          description: "Publish the offer",
          dueDate: "2026-06-29",
          status: "not-started",
        },
      ],
      evidence: ["Kinship strategy 2025-28"],
      lastReviewed: {
        meetingId: "cyp-scrutiny-2026-03-10",
        decisionRef: "Minute 14 (3)",
        committee: "Children and Young People Scrutiny Commission",
        date: "2026-03-10",
      },
    },
    {
      provisionId: "family-group-decision-making",
      rag: "green",
      owner: "Service Manager, Family Group Conferencing",
      actions: [
        {
          id: "letter-template",
          description: "Add the offer to the letter before proceedings template",
          dueDate: "2026-01-31",
          status: "done",
          completedOn: "2026-01-20",
        },
        {
          id: "coordinators",
          description: "Recruit two more independent coordinators",
          dueDate: "2026-04-30",
          status: "blocked",
        },
      ],
    },
    {
      provisionId: "family-help",
      rag: "red",
      owner: "Director of Early Help",
      actions: [],
    },
  ],
};
