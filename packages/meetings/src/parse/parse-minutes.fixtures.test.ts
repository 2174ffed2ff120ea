// The three shared fixtures, each with its expected result written by hand from reading the minutes.
import { findPersonalDataLeaks } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { AgendaItem } from "../model/agenda-item";
import { MINUTES_FIXTURES, readFixture, without } from "../test-support/fixtures";
import { parseMinutes } from "./parse-minutes";

/** Every element with a span and a text must carry the text its span points at. */
function expectSpansHold(text: string, value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) expectSpansHold(text, v);
    return;
  }
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    const span = o["span"] as { start: number; end: number } | undefined;
    if (span && typeof o["text"] === "string") expect(text.slice(span.start, span.end)).toBe(o["text"]);
    for (const v of Object.values(o)) expectSpansHold(text, v);
  }
}

describeWithReference("the three shared minutes fixtures, read by hand", [MINUTES_FIXTURES], () => {
  describe("care-review-briefing.txt (verbal update, bullets and o sub-bullets, 'The committee agreed')", () => {
    const { item, issues, text } = parseMinutes(readFixture("care-review-briefing.txt"));

    it("is a valid AgendaItem whose spans point at their texts", () => {
      expect(AgendaItem.safeParse(item).success).toBe(true);
      expectSpansHold(text, item);
      expect(issues).toEqual([]);
    });

    it("reads the title, the agenda's description and the kind", () => {
      expect(item.title).toBe("Care Review Briefing");
      expect(item.purpose).toBe("Verbal update");
      expect(item.kind).toBe("verbal-update");
    });

    it("finds both presenters with their roles", () => {
      const expected = [
        { name: "Steve Liddicott", role: "Head of quality assurance and practice development" },
        { name: "Dechaun Malcolm", role: "children’s rights and participation officer" },
      ];
      expect(item.presenters).toEqual(expected);
      expect(item.participants).toEqual(expected);
    });

    it("reads 'The committee agreed (as suggested by Dechaun), that ...' as an agreement with one clause", () => {
      expect(without(item.decisions, "span")).toEqual([
        {
          marker: "The committee agreed (as suggested by Dechaun), that",
          markerKind: "body-agreed",
          kind: "agreement",
          overallKind: "agreed",
          clauses: [
            {
              order: 1,
              text: "Speakerbox would be included as a standard item on the agenda for all meetings.",
              kind: "agreed",
            },
          ],
        },
      ]);
    });

    it("makes the agreement to add Speakerbox to every agenda an action", () => {
      expect(without(item.actions, "span")).toEqual([
        {
          text: "Speakerbox would be included as a standard item on the agenda for all meetings.",
          origin: "resolution-clause",
          fromDecision: { decision: 0, clause: 1 },
          status: "open",
        },
      ]);
    });

    it("keeps headings, bullets and o sub-bullets as paragraphs without their markers", () => {
      const byText = new Map(item.paragraphs.map((p) => [p.text, p.kind]));
      expect(byText.get("Families Network")).toBe("heading");
      expect(byText.get("Child Protection")).toBe("bullet");
      expect(byText.get("Price capping")).toBe("sub-bullet");
      expect(byText.get("Windfall tax")).toBe("sub-bullet");
      expect(item.paragraphs.some((p) => p.text.startsWith("·") || p.text.startsWith("o "))).toBe(false);
      // The sub-bullets belong to "... should address:", not to the summary list.
      const after = item.discussion.find((d) =>
        d.text.startsWith("Proposals relating to the foster campaign"),
      );
      expect(after?.kind).toBe("summary");
    });

    it("has no questions, notes or documents", () => {
      expect(item.questions).toEqual([]);
      expect(item.notes).toEqual([]);
      expect(item.documents).toEqual([]);
    });
  });

  describe("corporate-parenting-strategy-refresh.txt (RESOLVED that + 1. 2. 3., Q&A list, clerk's note, documents)", () => {
    const { item, issues, text } = parseMinutes(readFixture("corporate-parenting-strategy-refresh.txt"));

    it("is a valid AgendaItem whose spans point at their texts", () => {
      expect(AgendaItem.safeParse(item).success).toBe(true);
      expectSpansHold(text, item);
    });

    it("reads the title as printed, and the item number from the document listings", () => {
      expect(item.title).toBe("CORPORATE PARENTING STRATEGY REFRESH");
      expect(item.purpose).toBeUndefined();
      expect(item.number).toBe("7.3");
      expect(item.kind).toBe("strategy");
      expect(item.subjects).toContain("corporate-parenting");
      expect(item.subjects).toContain("care-leavers");
    });

    it("finds the two presenters of 'X, role, and Y, role, gave an overview'", () => {
      expect(item.presenters).toEqual([
        { name: "Susannah Beasley-Murray", role: "Director of Supporting Families" },
        { name: "Sheleena Powtoo", role: "Improvement Delivery Lead" },
      ]);
      // "Ms Beasley-Murray" later is the same person, not a third participant.
      expect(item.participants).toEqual(item.presenters);
    });

    it("reads the RESOLVED that list with its three clauses and their kinds", () => {
      expect(without(item.decisions, "span")).toEqual([
        {
          marker: "RESOLVED that",
          markerKind: "resolved",
          kind: "formal-resolution",
          overallKind: "noted",
          clauses: [
            { label: "1", order: 1, text: "That the presentation be noted.", kind: "noted" },
            {
              label: "2",
              order: 2,
              text: "To Submit research data on care leavers for sub-committee members outside of the meeting.",
              kind: "requested-information",
            },
            {
              label: "3",
              order: 3,
              text: "Young residents and care leavers to be invited to the sub-committee to discuss their experiences.",
              kind: "agreed",
            },
          ],
        },
      ]);
    });

    it("finds the undertaking to circulate the presentation and the two task clauses", () => {
      expect(without(item.actions, "span")).toEqual([
        {
          text: "The presentation will be circulated to sub-committee members outside of the meeting.",
          origin: "undertaking",
          status: "open",
        },
        {
          text: "To Submit research data on care leavers for sub-committee members outside of the meeting.",
          origin: "resolution-clause",
          fromDecision: { decision: 0, clause: 2 },
          status: "open",
        },
        {
          text: "Young residents and care leavers to be invited to the sub-committee to discuss their experiences.",
          origin: "resolution-clause",
          fromDecision: { decision: 0, clause: 3 },
          status: "open",
        },
      ]);
    });

    it("reads 'Further to questions from the sub-committee, X;' and the ten answers that follow", () => {
      expect(without(item.questions, "span")).toEqual([
        { text: "questions from the sub-committee", asker: { role: "sub-committee" } },
      ]);
      const responses = item.discussion.filter((d) => d.respondsTo === 0);
      expect(responses).toHaveLength(10);
      expect(
        responses.every((r) => r.kind === "response" && r.speaker?.name === "Susannah Beasley-Murray"),
      ).toBe(true);
      expect(responses[0]?.text.startsWith("Explained that co-production involved")).toBe(true);
      expect(responses[9]?.text.startsWith("Explained that many of the foster carers")).toBe(true);
    });

    it("keeps the clerk's note (whose bracket is never closed) and says so", () => {
      expect(without(item.notes, "span")).toEqual([
        { kind: "clerks-note", text: "The Rees Centre research data is available here:" },
      ]);
      expect(issues.map((i) => i.rule)).toEqual(["meetings/unclosed-note"]);
    });

    it("reads both supporting documents with format, size in bytes and agenda item", () => {
      expect(without(item.documents, "span")).toEqual([
        {
          title: "CorporateParentingCommitments -PC FINAL",
          kind: "other",
          relation: "supporting",
          format: "pdf",
          size: { value: 418, unit: "KB", bytes: 418 * 1024, display: "418 KB" },
          agendaItemRef: "item 7.3",
        },
        {
          title: "MAB CP Strategy 2023to28",
          kind: "strategy",
          relation: "supporting",
          format: "pdf",
          size: { value: 1, unit: "MB", bytes: 1024 * 1024, display: "1 MB" },
          agendaItemRef: "item 7.3",
        },
      ]);
    });
  });

  describe("keeping-children-safe-reforms.txt (AGREED: + 1) 2) 3) 4), role-only presenter, In response to ...)", () => {
    const { item, issues, text } = parseMinutes(readFixture("keeping-children-safe-reforms.txt"));

    it("is a valid AgendaItem whose spans point at their texts", () => {
      expect(AgendaItem.safeParse(item).success).toBe(true);
      expectSpansHold(text, item);
    });

    it("reads the title, the agenda's description and the kind", () => {
      expect(item.title).toBe("Keeping Children Safe, Helping Families Thrive");
      expect(item.purpose).toBe(
        "Director of Children’s Social Work and Early Help will give a presentation on Children’s Services Reforms.",
      );
      expect(item.kind).toBe("presentation");
    });

    it("has one role-only presenter, named three times in three ways", () => {
      expect(item.presenters).toEqual([{ role: "Director of Children’s Social Work and Early Help" }]);
      expect(item.participants).toEqual(item.presenters);
    });

    it("reads the AGREED list with 1) labels", () => {
      expect(without(item.decisions, "span")).toEqual([
        {
          marker: "AGREED:",
          markerKind: "agreed",
          kind: "agreement",
          overallKind: "noted",
          clauses: [
            { label: "1", order: 1, text: "That the presentation be noted.", kind: "noted" },
            {
              label: "2",
              order: 2,
              text: "That comments made by members of this commission to be taken into account by the lead officers.",
              kind: "commented",
            },
            {
              label: "3",
              order: 3,
              text: "That the Commission be updated in six months’ time.",
              kind: "requested-report",
            },
            {
              label: "4",
              order: 4,
              text: "That members be kept informed on key issues.",
              kind: "requested-information",
            },
          ],
        },
      ]);
    });

    it("turns clauses 2-4 into actions, with the lead officers as owner and six months as due", () => {
      expect(without(item.actions, "span")).toEqual([
        {
          text: "That comments made by members of this commission to be taken into account by the lead officers.",
          owner: { role: "lead officers" },
          origin: "resolution-clause",
          fromDecision: { decision: 0, clause: 2 },
          status: "open",
        },
        {
          text: "That the Commission be updated in six months’ time.",
          due: { kind: "relative", amount: 6, unit: "month", text: "in six months’ time" },
          origin: "resolution-clause",
          fromDecision: { decision: 0, clause: 3 },
          status: "open",
        },
        {
          text: "That members be kept informed on key issues.",
          origin: "resolution-clause",
          fromDecision: { decision: 0, clause: 4 },
          status: "open",
        },
      ]);
    });

    it("reads 'In response to points made on ..., it was explained that ...' as a question and its answer", () => {
      expect(item.questions).toHaveLength(1);
      const q = item.questions[0]!;
      expect(q.text).toBe(
        "points made on the issue of keeping children with parents or kinship and on inclusivity and the possibility of expanding the scope to other organisations where there were diverse groups",
      );
      expect(q.asker).toBeUndefined();
      expect(q.answer?.text.startsWith("it was explained that it was always looked to ensure")).toBe(true);
      expect(q.answer?.text.endsWith("There was flexibility on extended family members.")).toBe(true);
      expect(q.answer?.by).toBeUndefined();
    });

    it("sorts the two bullet lists into the presentation's key points and the committee's comments", () => {
      const kinds = item.discussion.map((d) => d.kind);
      expect(kinds.filter((k) => k === "summary").length).toBeGreaterThanOrEqual(26);
      const providers = item.discussion.find((d) => d.text.startsWith("Providers were clear"));
      expect(providers?.kind).toBe("comment");
    });

    it("reports the empty 'Supporting documents:' section and finds no notes", () => {
      expect(item.documents).toEqual([]);
      expect(item.notes).toEqual([]);
      expect(issues.map((i) => i.rule)).toEqual(["meetings/empty-document-section"]);
    });
  });

  describe("issues name no one", () => {
    it("no issue message contains a personal value from the parsed item", () => {
      for (const name of [
        "care-review-briefing.txt",
        "corporate-parenting-strategy-refresh.txt",
        "keeping-children-safe-reforms.txt",
      ]) {
        const { item, issues } = parseMinutes(`${readFixture(name)}\nRESOLVED:\nACTION – Jane Smith`);
        expect(issues.length).toBeGreaterThan(0);
        expect(
          findPersonalDataLeaks(
            AgendaItem,
            item,
            issues.map((i) => i.message),
          ),
        ).toEqual([]);
      }
    });
  });
});
