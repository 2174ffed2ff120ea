// A meeting built from the repository's own sample minutes (samples/minutes, written for the project),
// for the model and export tests, so that they run without the shared fixtures; and the same meeting
// around the shared fixtures, for the tests that check their exact content.
import { readFileSync } from "node:fs";
import type { AgendaItem } from "../model/agenda-item";
import type { Meeting } from "../model/meeting";
import { parseMinutes } from "../parse/parse-minutes";
import { readFixture } from "./fixtures";

const SAMPLE_MEETING = new URL(
  "../../../../samples/minutes/2026-03-12_corporate-parenting-board/",
  import.meta.url,
);

/** The agenda items of the repository's sample meeting, parsed. */
export function sampleItems(): AgendaItem[] {
  return ["06-placement-sufficiency-update.txt", "07-care-leavers-local-offer.txt"].map(
    (name) => parseMinutes(readFileSync(new URL(name, SAMPLE_MEETING), "utf8")).item,
  );
}

/** The agenda items of the three shared fixtures, parsed (only inside a `describeWithReference` suite). */
export function fixtureItems(): AgendaItem[] {
  return [
    "care-review-briefing.txt",
    "corporate-parenting-strategy-refresh.txt",
    "keeping-children-safe-reforms.txt",
  ].map((name) => parseMinutes(readFixture(name)).item);
}

/** A whole meeting around the given items (by default the repository's sample items). */
export function sampleMeeting(items: AgendaItem[] = sampleItems()): Meeting {
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
