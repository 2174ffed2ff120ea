import { describe, expect, it } from "vitest";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { MINUTES_FIXTURES } from "../test-support/fixtures";
import { fixtureItems, sampleMeeting } from "../test-support/sample-meeting";
import { londonOffset } from "./london-offset";
import { OcdEvent } from "./ocd-event";
import { PopoloExport } from "./popolo";
import { toOcdEvent } from "./to-ocd-event";
import { toPopolo } from "./to-popolo";

describe("toOcdEvent and toPopolo on the repository's sample meeting", () => {
  const meeting = sampleMeeting();

  it("validate against the Open Civic Data Event and Popolo shapes, one event per item", () => {
    const event = toOcdEvent(meeting);
    expect(OcdEvent.safeParse(event).error?.issues).toBeUndefined();
    expect(event.agenda.map((a) => a.description)).toEqual([
      "Placement Sufficiency and Stability Update",
      "Care Leavers Local Offer Refresh",
    ]);
    const out = toPopolo(meeting);
    expect(PopoloExport.safeParse(out).error?.issues).toBeUndefined();
    expect(out.events).toHaveLength(3);
  });
});

describeWithReference("toOcdEvent on the shared fixtures", [MINUTES_FIXTURES], () => {
  const meeting = sampleMeeting(fixtureItems());
  const event = toOcdEvent(meeting);

  it("validates against the Open Civic Data Event shape", () => {
    const checked = OcdEvent.safeParse(event);
    expect(checked.error?.issues).toBeUndefined();
  });

  it("maps the meeting: committee-meeting, time-zone-qualified start in BST, status passed", () => {
    expect(event.classification).toBe("committee-meeting");
    expect(event.start_date).toBe("2024-07-10T18:30:00+01:00");
    expect(event.end_date).toBe("2024-07-10T20:15:00+01:00");
    expect(event.status).toBe("passed");
    expect(event.location).toEqual({ name: "Town Hall", note: "Committee Room 1" });
  });

  it("maps agenda items with their decisions and actions as notes and presenters as related people", () => {
    expect(event.agenda.map((a) => a.description)).toEqual([
      "Care Review Briefing",
      "CORPORATE PARENTING STRATEGY REFRESH",
      "Keeping Children Safe, Helping Families Thrive",
    ]);
    const second = event.agenda[1]!;
    expect(second.order).toBe("7.3");
    expect(second.notes).toContain("RESOLVED that 1. That the presentation be noted.");
    expect(second.related_entities[0]).toEqual({
      entity_type: "person",
      name: "Susannah Beasley-Murray",
      note: "presenter: Director of Supporting Families",
    });
    expect(event.agenda[2]!.related_entities[0]?.name).toBe(
      "Director of Children’s Social Work and Early Help",
    );
    expect(second.documents[0]).toMatchObject({
      note: "CorporateParentingCommitments -PC FINAL",
      media_type: "application/pdf",
    });
  });

  it("names role-only attendees by role and keeps attendance status in the note", () => {
    expect(event.participants).toContainEqual({
      name: "Director of Children's Services",
      entity_type: "person",
      note: "officer; in-attendance",
    });
  });

  it("maps statuses OCD lacks to the nearest it has", () => {
    expect(toOcdEvent({ ...meeting, status: "postponed" }).status).toBe("cancelled");
    expect(
      OcdEvent.safeParse(toOcdEvent({ ...meeting, startTime: undefined as never, status: "tentative" }))
        .success,
    ).toBe(true);
  });
});

describeWithReference("toPopolo on the shared fixtures", [MINUTES_FIXTURES], () => {
  const meeting = sampleMeeting(fixtureItems());
  const out = toPopolo(meeting);

  it("validates against the Popolo Event, Motion and VoteEvent shapes", () => {
    expect(PopoloExport.safeParse(out).error?.issues).toBeUndefined();
  });

  it("gives one event for the meeting and one per item, and a motion per decision", () => {
    expect(out.events).toHaveLength(4);
    expect(out.events[1]?.parent_id).toBe(meeting.id);
    expect(out.motions.map((m) => [m.classification, m.result])).toEqual([
      ["agreed", "pass"],
      ["noted", "pass"],
      ["noted", "pass"],
    ]);
    expect(out.motions[2]?.text).toBe(
      "AGREED: 1. That the presentation be noted. 2. That comments made by members of this commission to be taken into account by the lead officers. 3. That the Commission be updated in six months’ time. 4. That members be kept informed on key issues.",
    );
  });

  it("exports recorded votes as VoteEvents with Popolo options, and recommendations as such", () => {
    const item = meeting.agenda[0]!;
    const decision = item.decisions[0]!;
    const voted = {
      ...meeting,
      agenda: [
        {
          ...item,
          decisions: [
            {
              ...decision,
              kind: "recommendation" as const,
              motion: { classification: "substantive" as const, result: "carried" as const },
              voteEvents: [
                {
                  method: "recorded" as const,
                  result: "carried" as const,
                  counts: [
                    { option: "for" as const, value: 7 },
                    { option: "against" as const, value: 2 },
                    { option: "conflict-of-interest" as const, value: 1 },
                  ],
                  votes: [{ voter: { name: "Councillor Amina Ahmed" }, option: "for" as const }],
                },
              ],
            },
          ],
        },
      ],
    };
    const p = toPopolo(voted);
    expect(PopoloExport.safeParse(p).success).toBe(true);
    expect(p.motions[0]).toMatchObject({ classification: "recommendation", result: "pass" });
    expect(p.vote_events[0]?.counts).toEqual([
      { option: "yes", value: 7 },
      { option: "no", value: 2 },
      { option: "not voting", value: 1 },
    ]);
    expect(p.vote_events[0]?.votes[0]).toMatchObject({ voter_name: "Councillor Amina Ahmed", option: "yes" });
  });
});

describe("londonOffset (Summer Time Order 2002: last Sunday of March to last Sunday of October)", () => {
  it.each([
    ["2024-03-30", "+00:00"],
    ["2024-03-31", "+01:00"], // last Sunday of March 2024
    ["2024-10-26", "+01:00"],
    ["2024-10-27", "+00:00"], // last Sunday of October 2024
    ["2025-03-30", "+01:00"],
    ["2025-01-15", "+00:00"],
    ["2024-02-29", "+00:00"],
  ])("%s is %s", (date, offset) => {
    expect(londonOffset(date)).toBe(offset);
  });
});
