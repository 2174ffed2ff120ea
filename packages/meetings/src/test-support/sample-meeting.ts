// A meeting built from the parsed shared fixtures, for the model and export tests.
import type { Meeting } from "../model/meeting";
import { parseMinutes } from "../parse/parse-minutes";
import { readFixture } from "./fixtures";

export function sampleMeeting(): Meeting {
  const items = [
    "care-review-briefing.txt",
    "corporate-parenting-strategy-refresh.txt",
    "keeping-children-safe-reforms.txt",
  ].map((name) => parseMinutes(readFixture(name)).item);
  return {
    id: "example-council/corporate-parenting-board/2024-07-10",
    bodyId: "example-council/corporate-parenting-board",
    name: "Corporate Parenting Board",
    kind: "ordinary",
    date: "2024-07-10",
    startTime: "18:30",
    endTime: "20:15",
    timezone: "Europe/London",
    status: "passed",
    location: { name: "Town Hall", room: "Committee Room 1", mode: "in-person" },
    minutesStatus: "published",
    attendance: [
      { participant: { name: "Councillor Amina Ahmed" }, role: "chair", status: "present" },
      { participant: { role: "Director of Children's Services" }, role: "officer", status: "in-attendance" },
      { participant: { name: "Luke" }, role: "young-person-representative", status: "present" },
      {
        participant: { name: "Councillor T Henderson" },
        role: "member",
        status: "arrived-late",
        arrivedAt: "18:40",
      },
      { participant: { name: "Councillor Bill Jones" }, role: "member", status: "apologies" },
    ],
    agenda: items,
    documents: [
      {
        title: "Agenda",
        kind: "agenda",
        format: "pdf",
        relation: "supporting",
        url: "https://example.gov.uk/agenda.pdf",
      },
    ],
    identifiers: [{ scheme: "moderngov-meeting", identifier: "1234" }],
    sources: [{ url: "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=1234" }],
  };
}
