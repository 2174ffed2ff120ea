// Property tests: whatever the text, parseMinutes returns, the item validates, and every text it
// returns (clauses above all) is a substring of the whitespace-normalised input at its span.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { AgendaItem } from "../model/agenda-item";
import { MINUTES_FIXTURES, readFixture } from "../test-support/fixtures";
import { normaliseMinutes } from "./normalise";
import { parseMinutes } from "./parse-minutes";

// Fragments real minutes are made of, so random texts hit the parser's paths, not only its fallbacks.
const FRAGMENTS = [
  "Agendas, Meetings and Minutes - Agenda item",
  "Agenda item",
  "Minutes:",
  "RESOLVED",
  "RESOLVED that",
  "RESOLVED – That the report be noted.",
  "RESOLVED: That (1) the report be noted; and (2) officers report back.",
  "AGREED (unanimously) that:",
  "It was agreed that",
  "The committee agreed",
  "DECISION:",
  "RECOMMENDED that the Cabinet Member approve",
  "That the report be noted.",
  "1.",
  "1)",
  "(1)",
  "(a)",
  "(ii)",
  "6.2",
  "·",
  "•",
  "o",
  "-",
  "\u00a0",
  "\u00a0\u00a0\u00a0",
  "\t",
  "\r\n",
  "\n\n\n",
  "\u2028",
  "[Clerk's Note - ",
  "]",
  "Post meeting note:",
  "ACTION – ",
  " ACTION",
  "(Action: Clerk)",
  "Supporting documents:",
  "Report pdf icon PDF 155 KB",
  "PDF 1 MB",
  "Jane Smith, Head of Service, presented the report.",
  "The Director gave a presentation.",
  "In response to a query about placements, it was explained that ",
  "When asked about ",
  "A member raised ",
  "Further to questions from the Board, Jane Smith;",
  "Councillor T Henderson entered the meeting at 9.40am.",
  "next meeting",
  "in six months’ time",
  "by 31 March 2025",
  "That",
  "To",
  ",",
  ":",
  "(",
  ")",
  "İ",
  "ß",
  "😀",
  "\ud800",
  "ﬃ",
];

const minutesLike = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(...FRAGMENTS),
        fc.string({ maxLength: 20 }),
        fc.string({ unit: "binary", maxLength: 12 }),
      ),
      { maxLength: 60 },
    ),
    fc.constantFrom(" ", "\n", "", "\n\u00a0\n"),
  )
  .map(([parts, separator]) => parts.join(separator));

const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  minutesLike,
  fc.nat({ max: 5000 }).map((n) => " \u00a0\t\n".repeat(n)),
);

/** Every `{ text, span }` pair in a value. */
function textsWithSpans(value: unknown, out: { text: string; span: { start: number; end: number } }[] = []) {
  if (Array.isArray(value)) for (const v of value) textsWithSpans(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o["text"] === "string" && o["span"]) out.push(o as never);
    for (const v of Object.values(o)) textsWithSpans(v, out);
  }
  return out;
}

describe("parseMinutes on any text", () => {
  it("never throws, and the item always validates against AgendaItem", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseMinutes(text);
        expect(AgendaItem.safeParse(result.item).success).toBe(true);
        expect(result.issues.some((i) => i.rule === "meetings/internal-error")).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it("takes every clause text from the normalised input, at its span", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { item, text: normalised } = parseMinutes(text);
        expect(normalised).toBe(normaliseMinutes(text));
        for (const d of item.decisions) {
          for (const c of d.clauses) {
            expect(normalised.includes(c.text)).toBe(true);
            expect(normalised.slice(c.span.start, c.span.end)).toBe(c.text);
          }
        }
        for (const t of textsWithSpans(item)) expect(normalised.slice(t.span.start, t.span.end)).toBe(t.text);
      }),
      { numRuns: 1500 },
    );
  });

  it("takes every other text (titles, names, roles, documents) from the normalised input", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { item, text: normalised } = parseMinutes(text);
        const strings: string[] = [item.title, item.purpose ?? ""];
        for (const p of [...item.presenters, ...item.participants]) strings.push(p.name ?? "", p.role ?? "");
        for (const d of item.documents) strings.push(d.title, d.size?.display ?? "", d.agendaItemRef ?? "");
        for (const a of item.actions)
          strings.push(a.owner?.name ?? "", a.owner?.role ?? "", a.due?.text ?? "");
        for (const d of item.decisions) strings.push(d.marker ?? "", d.preamble ?? "");
        for (const s of strings) expect(normalised.includes(s)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("generates texts that reach the decision, action, question and document paths (so the properties bite)", () => {
    const items = fc.sample(minutesLike, { numRuns: 400, seed: 42 }).map((t) => parseMinutes(t).item);
    expect(items.filter((i) => i.decisions.some((d) => d.clauses.length > 0)).length).toBeGreaterThan(20);
    expect(items.filter((i) => i.actions.length > 0).length).toBeGreaterThan(5);
    expect(items.filter((i) => i.questions.length > 0).length).toBeGreaterThan(5);
    expect(items.filter((i) => i.documents.length > 0).length).toBeGreaterThan(5);
  });

  it("returns an issue, not an exception, for input that is not text", () => {
    for (const bad of [undefined, null, 42, {}, ["RESOLVED"]]) {
      const result = parseMinutes(bad as unknown as string);
      expect(result.issues[0]?.rule).toBe("meetings/not-text");
      expect(AgendaItem.safeParse(result.item).success).toBe(true);
    }
  });
});

describeWithReference("parseMinutes on the shared fixtures cut and glued", [MINUTES_FIXTURES], () => {
  it("survives the fixtures cut at any point and glued in any order", () => {
    const fixtures = [
      readFixture("care-review-briefing.txt"),
      readFixture("corporate-parenting-strategy-refresh.txt"),
      readFixture("keeping-children-safe-reforms.txt"),
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 2 }), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        (cuts) => {
          const text = cuts
            .map(([f, a, b]) => {
              const s = fixtures[f]!;
              const x = a % (s.length + 1);
              const y = b % (s.length + 1);
              return s.slice(Math.min(x, y), Math.max(x, y));
            })
            .join("\n");
          const { item, text: normalised } = parseMinutes(text);
          expect(AgendaItem.safeParse(item).success).toBe(true);
          for (const t of textsWithSpans(item))
            expect(normalised.slice(t.span.start, t.span.end)).toBe(t.text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
