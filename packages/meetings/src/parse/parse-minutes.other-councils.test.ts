// Minutes written the way other councils write them (hand-written for these tests, not the shared
// fixtures), covering the patterns of the meetings reference §3 the fixtures do not show.
import { describe, expect, it } from "vitest";
import { AgendaItem } from "../model/agenda-item";
import { without } from "../test-support/fixtures";
import { parseMinutes } from "./parse-minutes";

const FOSTERING = [
  "Agendas, Meetings and Minutes - Agenda item",
  "34. Fostering Service Annual Report 2023/24",
  "To receive the annual report of the Fostering Service.",
  "Minutes:",
  "Sharon Davey, Strategic Manager for Children Looked After and Permanence, presented the report.",
  "34.1 A member sought clarification on the number of mainstream foster carers recruited. It was explained that 14 households had been approved.",
  "Members queried the sufficiency of placements for teenagers.",
  "The Head of Service confirmed that a recruitment campaign would begin in the autumn.",
  "When asked about kinship carers, the Strategic Manager said that support groups met monthly.",
  "Councillor T Henderson entered the meeting at 9.40am.",
  "Officers to circulate the recruitment figures by ward.",
  "ACTION – Tammy Wheatley",
  "The Chair asked that the Panel's thanks be passed to the team. (Action: Clerk)",
  "Post meeting note: The figures were circulated on 3 May 2024.",
  "RESOLVED – That:",
  "(a)\tthe report be noted;",
  "(b)\ta further report be brought to the next meeting; and",
  "(c)\tthe Panel's thanks be recorded to the fostering team.",
  "RECOMMENDED that the Cabinet Member approve the fostering allowances for 2024/25.",
  "Supporting documents:",
  "Fostering Annual Report 2023-24 pdf icon PDF 918 KB",
  "Appendix 1 - Recruitment data pdf icon PDF 155 KB",
].join("\r\n");

describe("a fostering panel's minutes (minute numbers, (a)(b)(c), ACTION lines, RECOMMENDED)", () => {
  const { item, issues } = parseMinutes(FOSTERING);

  it("validates and reports nothing", () => {
    expect(AgendaItem.safeParse(item).success).toBe(true);
    expect(issues).toEqual([]);
  });

  it("reads the minute number, title, purpose and kind", () => {
    expect(item.number).toBe("34");
    expect(item.title).toBe("Fostering Service Annual Report 2023/24");
    expect(item.purpose).toBe("To receive the annual report of the Fostering Service.");
    expect(item.kind).toBe("annual-report");
  });

  it("finds the presenter and the people who answered", () => {
    expect(item.presenters).toEqual([
      { name: "Sharon Davey", role: "Strategic Manager for Children Looked After and Permanence" },
    ]);
    expect(item.participants).toContainEqual({ role: "Head of Service" });
    expect(item.participants).toContainEqual({ name: "Councillor T Henderson" });
  });

  it("pairs three questions with their answers, in the same line or the next", () => {
    expect(without(item.questions, "span")).toEqual([
      {
        text: "A member sought clarification on the number of mainstream foster carers recruited.",
        asker: { role: "member" },
        answer: { text: "It was explained that 14 households had been approved." },
      },
      {
        text: "Members queried the sufficiency of placements for teenagers.",
        asker: { role: "Members" },
        answer: {
          text: "The Head of Service confirmed that a recruitment campaign would begin in the autumn.",
          by: { role: "Head of Service" },
        },
      },
      {
        text: "asked about kinship carers",
        answer: {
          text: "the Strategic Manager said that support groups met monthly.",
          by: { role: "Strategic Manager" },
        },
      },
    ]);
    expect(item.paragraphs.find((p) => p.text.startsWith("A member sought"))?.number).toBe("34.1");
  });

  it("reads (a)(b)(c) clauses after 'RESOLVED – That:' and keeps the recommendation apart", () => {
    expect(without(item.decisions, "span")).toEqual([
      {
        marker: "RESOLVED – That:",
        markerKind: "resolved",
        kind: "formal-resolution",
        overallKind: "noted",
        clauses: [
          { label: "a", order: 1, text: "the report be noted;", kind: "noted" },
          {
            label: "b",
            order: 2,
            text: "a further report be brought to the next meeting; and",
            kind: "requested-report",
          },
          {
            label: "c",
            order: 3,
            text: "the Panel's thanks be recorded to the fostering team.",
            kind: "thanked",
          },
        ],
      },
      {
        marker: "RECOMMENDED that",
        markerKind: "recommended",
        kind: "recommendation",
        overallKind: "recommended-to-other-body",
        clauses: [
          {
            order: 1,
            text: "the Cabinet Member approve the fostering allowances for 2024/25.",
            kind: "recommended-to-other-body",
          },
        ],
      },
    ]);
  });

  it("reads 'ACTION – name' for the line before, '(Action: Clerk)', and the report due at the next meeting", () => {
    expect(without(item.actions, "span")).toEqual([
      {
        text: "Officers to circulate the recruitment figures by ward.",
        owner: { name: "Tammy Wheatley" },
        origin: "explicit-marker",
        status: "open",
      },
      {
        text: "The Chair asked that the Panel's thanks be passed to the team.",
        owner: { role: "Clerk" },
        origin: "explicit-marker",
        status: "open",
      },
      {
        text: "a further report be brought to the next meeting; and",
        due: { kind: "next-meeting", text: "next meeting" },
        origin: "resolution-clause",
        fromDecision: { decision: 0, clause: 2 },
        status: "open",
      },
    ]);
  });

  it("reads the arrival and the post-meeting note", () => {
    expect(without(item.notes, "span")).toEqual([
      {
        kind: "arrival",
        text: "Councillor T Henderson entered the meeting at 9.40am.",
        participant: { name: "Councillor T Henderson" },
        at: "9.40am",
      },
      { kind: "post-meeting-note", text: "The figures were circulated on 3 May 2024." },
    ]);
  });

  it("reads 'pdf icon PDF 918 KB' listings", () => {
    expect(item.documents.map((d) => [d.title, d.kind, d.format, d.size?.bytes])).toEqual([
      ["Fostering Annual Report 2023-24", "annual-report", "pdf", 918 * 1024],
      ["Appendix 1 - Recruitment data", "appendix", "pdf", 155 * 1024],
    ]);
  });
});

describe("other decision shapes", () => {
  const decisionsOf = (text: string) => without(parseMinutes(text).item.decisions, "span");

  it("numbers a flattened list whose items all say '1.' by position", () => {
    const [d] = decisionsOf(
      "Title\nRESOLVED\nFor the reasons set out in the report: -\n1. The report be noted.\n1. The strategy be approved.\n1. Officers report back in 12 months.",
    );
    expect(d?.preamble).toBe("For the reasons set out in the report: -");
    expect(d?.clauses.map((c) => [c.label, c.kind])).toEqual([
      ["1", "noted"],
      ["2", "approved"],
      ["3", "requested-report"],
    ]);
  });

  it("splits '(1) ... ; and (2) ...' inside one line", () => {
    const [d] = decisionsOf("Title\nRESOLVED: That (1) the report be noted; and (2) the pledge be endorsed.");
    expect(d?.preamble).toBe("That");
    expect(d?.clauses.map((c) => [c.label, c.text, c.kind])).toEqual([
      ["1", "the report be noted", "noted"],
      ["2", "the pledge be endorsed.", "endorsed"],
    ]);
  });

  it("reads an unlabelled numbered 'That ...' list as a decision", () => {
    const [d] = decisionsOf(
      "Title\n1. That the report be noted.\n2. That a report is received back to the Autumn meeting.",
    );
    expect(d?.marker).toBeUndefined();
    expect(d?.markerKind).toBe("unlabelled");
    expect(d?.clauses).toHaveLength(2);
    const { item } = parseMinutes(
      "Title\n1. That the report be noted.\n2. That a report is received back to the Autumn meeting.",
    );
    expect(item.actions[0]?.due).toEqual({ kind: "named-meeting", text: "Autumn meeting" });
  });

  it("reads (i) (ii) after 'RESOLVED:-' and a unanimous AGREED", () => {
    const [r, a] = decisionsOf(
      "Title\nRESOLVED:-\n(i) the annual report of the IRO service be received;\n(ii) the Board notes the performance.\nAGREED (unanimously) that the pledge be adopted.",
    );
    expect(r?.marker).toBe("RESOLVED:-");
    expect(r?.clauses.map((c) => [c.label, c.kind])).toEqual([
      ["i", "received"],
      ["ii", "noted"],
    ]);
    expect(a?.unanimous).toBe(true);
    expect(a?.clauses[0]?.text).toBe("the pledge be adopted.");
    expect(a?.overallKind).toBe("adopted");
  });

  it("reads 'It was proposed, seconded and agreed that', DECISION: and 'No formal decisions were taken'", () => {
    const ds = decisionsOf(
      "Title\nIt was proposed, seconded and agreed that Councillor Ahmed be appointed Vice-Chair.\nDECISION:\nThe Cabinet Member approved the sufficiency strategy.\nNo formal decisions were taken on this item.",
    );
    expect(ds.map((d) => [d.markerKind, d.kind, d.overallKind])).toEqual([
      ["proposed-seconded-agreed", "agreement", "appointed"],
      ["decision", "formal-resolution", "approved"],
      ["no-decision", "no-decision-recorded", "other"],
    ]);
  });

  it("reports a marker with no decision text", () => {
    const { issues } = parseMinutes("Title\nSome discussion.\nRESOLVED:");
    expect(issues.map((i) => i.rule)).toEqual(["meetings/decision-without-clauses"]);
    expect(issues[0]?.location?.line).toBe(3);
  });

  it("reads a trailing ACTION and a named-person owner with a role in brackets", () => {
    const { item } = parseMinutes(
      "Title\nThe Board asked for a breakdown of missing episodes by placement type before the July meeting. ACTION\nRESOLVED that Jenny Taylor (head of clinical service) to raise the waiting times at the next ICB meeting.",
    );
    expect(without(item.actions, "span")).toEqual([
      {
        text: "The Board asked for a breakdown of missing episodes by placement type before the July meeting.",
        due: { kind: "named-meeting", text: "July meeting" },
        origin: "explicit-marker",
        status: "open",
      },
      {
        text: "Jenny Taylor (head of clinical service) to raise the waiting times at the next ICB meeting.",
        owner: { name: "Jenny Taylor", role: "head of clinical service" },
        origin: "resolution-clause",
        fromDecision: { decision: 0, clause: 1 },
        status: "open",
      },
    ]);
  });

  it("never requires a name: a young person by first name only, a role-only officer", () => {
    const { item } = parseMinutes(
      "Voice of the Child\nMinutes:\nLuke, a member of the Children in Care Council, spoke about the pledge.\nThe Head of Looked After Children introduced the report.",
    );
    expect(item.presenters).toEqual([
      { name: "Luke", role: "member of the Children in Care Council" },
      { role: "Head of Looked After Children" },
    ]);
    expect(item.kind).toBe("voice-of-child");
  });
});

describe("motions, recorded votes and decision-record pages", () => {
  it("attaches 'Resolution status: Carried' and a recorded vote to the decision", () => {
    const { item } = parseMinutes(
      "Sufficiency Strategy\nResolved that Cabinet:\n1. approves the sufficiency strategy;\n2. notes the capital bid.\nResolution status: Carried\nFor: 7 Against: 2 Abstentions: 1",
    );
    const d = item.decisions[0]!;
    expect(d.preamble).toBe("Cabinet:");
    expect(d.clauses.map((c) => c.kind)).toEqual(["approved", "noted"]);
    expect(d.motion).toMatchObject({ classification: "substantive", result: "carried" });
    expect(d.voteEvents?.[0]).toMatchObject({
      method: "recorded",
      result: "carried",
      counts: [
        { option: "for", value: 7 },
        { option: "against", value: 2 },
        { option: "abstain", value: 1 },
      ],
    });
  });

  it("records a lost amendment as a motion, not a decision", () => {
    const { item } = parseMinutes("Notice of Motion\nThe amendment was put to the vote and was lost.");
    expect(item.decisions).toEqual([]);
    expect(item.motions.map((m) => [m.classification, m.result])).toEqual([["amendment", "lost"]]);
  });

  it("reads '(1) To APPROVE ...' clauses with no marker", () => {
    const { item } = parseMinutes(
      "Decision record\n(1) To APPROVE the fostering allowances.\n(2) To NOTE the consultation.",
    );
    expect(item.decisions[0]?.markerKind).toBe("unlabelled");
    expect(item.decisions[0]?.clauses.map((c) => [c.label, c.kind])).toEqual([
      ["1", "approved"],
      ["2", "noted"],
    ]);
  });

  it("turns 'It was agreed that the Director would look at ...' into an action", () => {
    const { item } = parseMinutes(
      "Performance\nIt was agreed that the Director would look at strengthening this for future reports.",
    );
    expect(item.actions[0]).toMatchObject({
      origin: "resolution-clause",
      text: "the Director would look at strengthening this for future reports.",
    });
  });

  it("reads 'In response to Members' question it was confirmed that:' and the answers listed after it", () => {
    const { item } = parseMinutes(
      "IRO Annual Report\nMinutes:\nIn response to Members' question it was confirmed that:\n· caseloads had fallen to 65;\n· all reviews were held on time.\nThe Board thanked the team.",
    );
    expect(item.questions.map((q) => [q.text, q.asker])).toEqual([["Members' question", undefined]]);
    expect(item.discussion.filter((d) => d.respondsTo === 0).map((d) => d.text)).toEqual([
      "caseloads had fallen to 65;",
      "all reviews were held on time.",
    ]);
  });
});

describe("titles as ModernGov pages print them", () => {
  it("reads an issue page: meeting line with item number, title with its report listing, Decision: before Minutes:", () => {
    const { item } = parseMinutes(
      [
        "Issue - meetings",
        "Meeting: 12/07/2023 - Corporate Parenting Board (Item 7)",
        "7 Corporate Parenting Annual Report pdf icon PDF 155 KB",
        "To consider the annual report.",
        "Decision:",
        "That the annual report be noted.",
        "Minutes:",
        "The Head of Corporate Parenting presented the report.",
        "RESOLVED – That the annual report be noted.",
      ].join("\n"),
    );
    expect(item.number).toBe("7");
    expect(item.title).toBe("Corporate Parenting Annual Report");
    expect(item.purpose).toBe("To consider the annual report.");
    expect(item.documents.map((d) => [d.title, d.size?.display])).toEqual([
      ["Corporate Parenting Annual Report", "155 KB"],
    ]);
    expect(item.decisions.map((d) => [d.marker, d.clauses[0]?.text])).toEqual([
      ["Decision:", "That the annual report be noted."],
      ["RESOLVED –", "That the annual report be noted."],
    ]);
    expect(item.presenters).toEqual([{ role: "Head of Corporate Parenting" }]);
  });

  it("reads a number on its own line before the title", () => {
    const { item } = parseMinutes(
      "Agenda item\n12.\nVirtual School Head's Report\nMinutes:\nThe report was noted.",
    );
    expect([item.number, item.title]).toEqual(["12", "Virtual School Head's Report"]);
  });

  it("reports minutes with no title", () => {
    const { item, issues } = parseMinutes("RESOLVED – That the report be noted.");
    expect(item.title).toBe("");
    expect(issues.map((i) => i.rule)).toContain("meetings/no-title");
    expect(item.decisions).toHaveLength(1);
  });
});

describe("an ACTION line after a resolution clause", () => {
  it("gives that clause its owner, once", () => {
    const { item } = parseMinutes(
      "Missing children\nRESOLVED – That a breakdown of return interviews be circulated to members.\nACTION – Tammy Wheatley\nThe meeting ended at 7pm.",
    );
    expect(item.decisions[0]?.clauses).toHaveLength(1);
    expect(without(item.actions, "span")).toEqual([
      {
        text: "That a breakdown of return interviews be circulated to members.",
        owner: { name: "Tammy Wheatley" },
        origin: "explicit-marker",
        status: "open",
      },
    ]);
  });
});

describe("owners and procedural notes", () => {
  it("reads a named councillor with a role as the owner of a clause", () => {
    const { item } = parseMinutes(
      "Care leavers\nRESOLVED:\n(1) That Councillor Barrie Hargrove, Cabinet Member for Children, to follow up the council tax exemption with the Leader.",
    );
    expect(item.actions[0]?.owner).toEqual({
      name: "Councillor Barrie Hargrove",
      role: "Cabinet Member for Children",
    });
  });

  it("keeps the reason for urgency and a departure as notes", () => {
    const { item } = parseMinutes(
      "Urgent item\nThe Chair agreed to consider the item as a matter of urgency because the grant deadline fell before the next meeting.\nCouncillor Nicholas left the meeting during this item and did not return.",
    );
    expect(item.notes.map((n) => [n.kind, n.participant])).toEqual([
      ["urgent-item-reason", undefined],
      ["departure", { name: "Councillor Nicholas" }],
    ]);
  });
});

describe("text copied out of a PDF", () => {
  it("joins a clause wrapped onto the next line, keeping the span exact", () => {
    const { item, text } = parseMinutes(
      "Sufficiency\nRESOLVED:\n1. That the Board notes the sufficiency report and\nendorses the action plan.\n2. That the Board receives an update at the next meeting.\nThe meeting closed at 7.30pm.",
    );
    const clauses = item.decisions[0]!.clauses;
    expect(clauses.map((c) => c.text)).toEqual([
      "That the Board notes the sufficiency report and\nendorses the action plan.",
      "That the Board receives an update at the next meeting.",
    ]);
    expect(text.slice(clauses[0]!.span.start, clauses[0]!.span.end)).toBe(clauses[0]!.text);
    expect(item.paragraphs.map((p) => p.text)).toEqual(["The meeting closed at 7.30pm."]);
  });
});

describe("a corporate parenting board's item with 'Purpose:' and subjunctive resolutions", () => {
  const { item } = parseMinutes(
    [
      "Agenda item",
      "Virtual School Annual Report",
      "Purpose: To report on the attainment of children in care.",
      "Minutes:",
      "Ann Lee, Virtual School Head, presented the report.",
      "The Board was informed that:",
      "•  Attendance had risen to 94 per cent.",
      "The Board noted the improvement.",
      "When asked about exclusions, the Virtual School Head said that none had been permanent.",
      "RESOLVED that:",
      "(a)   the report be noted;",
      "(b)   the Board receive a further update in six months; and",
      "(c)   the Virtual School Head write to every designated teacher about the pupil premium plus.",
    ].join("\n"),
  );

  it("takes the label off the purpose", () => {
    expect(item.purpose).toBe("To report on the attainment of children in care.");
  });

  it("names no body and no passive subject as a participant, and the same role only once", () => {
    expect(item.participants).toEqual([{ name: "Ann Lee", role: "Virtual School Head" }]);
  });

  it("reads an update as a requested report and 'the <role> write ...' as that role's task", () => {
    expect(item.decisions[0]?.clauses.map((c) => c.kind)).toEqual(["noted", "requested-report", "agreed"]);
    expect(without(item.actions, "span")).toEqual([
      {
        text: "the Board receive a further update in six months; and",
        due: { kind: "relative", amount: 6, unit: "month", text: "in six months" },
        origin: "resolution-clause",
        fromDecision: { decision: 0, clause: 2 },
        status: "open",
      },
      {
        text: "the Virtual School Head write to every designated teacher about the pupil premium plus.",
        owner: { role: "Virtual School Head" },
        origin: "resolution-clause",
        fromDecision: { decision: 0, clause: 3 },
        status: "open",
      },
    ]);
  });
});
