import { personalDataLevelOf, redact, toJsonSchema } from "@childrens-social-care/core";
import { expectSchemaAgreement } from "@childrens-social-care/core/testing";
import { describe, expect, it } from "vitest";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { parseMinutes } from "../parse/parse-minutes";
import { MINUTES_FIXTURES, readFixture } from "../test-support/fixtures";
import { sampleMeeting } from "../test-support/sample-meeting";
import { Action, Due } from "./action";
import { AgendaItem } from "./agenda-item";
import { Attendance } from "./attendance";
import { Authority } from "./authority";
import { Body } from "./body";
import { Decision, DecisionMarker } from "./decision";
import { SupportingDocument } from "./document";
import { Meeting } from "./meeting";
import { Membership } from "./membership";
import { Participant } from "./participant";
import { Span } from "./span";

describe("the meetings model", () => {
  const meeting = sampleMeeting();

  it("validates a meeting whose agenda is the parsed fixtures", () => {
    expect(Meeting.safeParse(meeting).success).toBe(true);
    expect(Meeting.safeParse({ ...meeting, date: "2024-02-30" }).success).toBe(false);
    expect(Meeting.safeParse({ ...meeting, startTime: "6.30pm" }).success).toBe(false);
    expect(Meeting.safeParse({ ...meeting, status: "held" }).success).toBe(false);
  });

  it("never requires a personal name: role-only and first-name-only participants are valid", () => {
    expect(Participant.safeParse({ role: "Head of Looked After Children" }).success).toBe(true);
    expect(Participant.safeParse({ name: "Luke" }).success).toBe(true);
    expect(
      Attendance.safeParse({ participant: { role: "Clerk" }, role: "clerk", status: "present" }).success,
    ).toBe(true);
  });

  it("marks names as personal data, so redact() removes them", () => {
    expect(personalDataLevelOf(Participant.shape.name.unwrap())).toBe("personal");
    expect(redact(Participant, { name: "Luke", role: "young person" })).toEqual({ role: "young person" });
    expect(JSON.stringify(toJsonSchema(Participant))).toContain('"personalData":"personal"');
  });

  it("describes authorities, bodies and memberships", () => {
    expect(
      Authority.safeParse({
        id: "e06000001",
        name: "Hartlepool Borough Council",
        kind: "unitary",
        identifiers: [{ scheme: "gss", identifier: "E06000001" }],
      }).success,
    ).toBe(true);
    const board = {
      id: "b1",
      authorityId: "e06000001",
      name: "Corporate Parenting Board",
      kind: "board",
      functions: ["corporate-parenting"],
    };
    expect(Body.safeParse(board).success).toBe(true);
    expect(Body.safeParse({ ...board, functions: ["parenting"] }).success).toBe(false);
    const seat = {
      bodyId: "b1",
      member: { name: "Councillor Amina Ahmed" },
      role: "chair",
      startDate: "2024-05-20",
    };
    expect(Membership.safeParse(seat).success).toBe(true);
    expect(Membership.safeParse({ ...seat, endDate: "2024-05-19" }).success).toBe(false);
  });

  it("keeps due dates real and spans ordered", () => {
    expect(Due.safeParse({ kind: "date", date: "2025-03-31", text: "by 31 March 2025" }).success).toBe(true);
    expect(Due.safeParse({ kind: "date", date: "2025-02-29", text: "by 29 February 2025" }).success).toBe(
      false,
    );
    expect(Due.safeParse({ kind: "relative", amount: 6, unit: "month", text: "in six months" }).success).toBe(
      true,
    );
    expect(Span.safeParse({ start: 5, end: 4 }).success).toBe(false);
  });

  it("lists the decision markers seen in real minutes, recommendation included", () => {
    expect(DecisionMarker.options).toContain("recommended");
    expect(DecisionMarker.labelOf("unlabelled")).toContain("That");
  });
});

describeWithReference(
  "Zod and the published JSON Schemas agree on the parsed fixtures",
  [MINUTES_FIXTURES],
  () => {
    const items = [
      "care-review-briefing.txt",
      "corporate-parenting-strategy-refresh.txt",
      "keeping-children-safe-reforms.txt",
    ].map((n) => parseMinutes(readFixture(n)).item);
    const meeting = sampleMeeting();

    it("on agenda items, valid and broken", () => {
      const first = items[0]!;
      expectSchemaAgreement(AgendaItem, {
        cases: [
          ...items,
          { ...first, title: 42 },
          { ...first, kind: "chat" },
          { ...first, presenters: [{ name: "" }] },
          {
            ...first,
            decisions: [
              {
                ...first.decisions[0],
                clauses: [{ order: 0, text: "x", kind: "noted", span: { start: 0, end: 1 } }],
              },
            ],
          },
          { ...first, span: { start: -1, end: 2 } },
          null,
        ],
        zodOnly: [
          { value: { ...first, span: { start: 3, end: 2 } }, reason: "a span may not end before it starts" },
        ],
      });
    });

    it("on meetings, decisions, actions and documents", () => {
      expectSchemaAgreement(Meeting, {
        cases: [
          meeting,
          { ...meeting, date: "10/07/2024" },
          { ...meeting, date: "2024-02-30" },
          { ...meeting, attendance: [{ participant: {}, role: "x", status: "present" }] },
        ],
      });
      const decision = items[1]!.decisions[0]!;
      expectSchemaAgreement(Decision, {
        cases: [decision, { ...decision, kind: "vote" }, { ...decision, clauses: "1" }],
      });
      const action = items[2]!.actions[1]!;
      expectSchemaAgreement(Action, {
        cases: [action, { ...action, due: { kind: "relative", amount: 0, unit: "month", text: "x" } }],
      });
      const document = items[1]!.documents[0]!;
      expectSchemaAgreement(SupportingDocument, {
        cases: [document, { ...document, size: { ...document.size, bytes: 1.5 } }],
      });
    });
  },
);
