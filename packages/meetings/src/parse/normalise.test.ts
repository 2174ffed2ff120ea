import { describe, expect, it } from "vitest";
import { linesOf, normaliseMinutes } from "./normalise";

describe("normaliseMinutes", () => {
  it("turns non-breaking and other spaces into one space, unifies line breaks and drops blank lines", () => {
    expect(
      normaliseMinutes("Agenda item\r\n\r\n\u00a0\r\n·\u00a0\u00a0 Child\tProtection\u00a0\rEnd\u2028x"),
    ).toBe("Agenda item\n· Child Protection\nEnd\nx");
  });

  it("changes nothing else", () => {
    expect(normaliseMinutes("Children’s “Lifelong Links” – 16–17")).toBe(
      "Children’s “Lifelong Links” – 16–17",
    );
    expect(normaliseMinutes("")).toBe("");
    expect(normaliseMinutes(" \n \u00a0 \n")).toBe("");
  });

  it("gives each line its offset", () => {
    const text = normaliseMinutes("a\n\nbb\nccc");
    expect(linesOf(text).map((l) => [l.text, l.start, text.slice(l.start, l.start + l.text.length)])).toEqual(
      [
        ["a", 0, "a"],
        ["bb", 2, "bb"],
        ["ccc", 5, "ccc"],
      ],
    );
  });
});

describe("normaliseMinutes agrees with the obvious (slow) definition", () => {
  const slow = (text: string) =>
    text
      .replace(/\r\n?|[\u2028\u2029\v\f]/g, "\n")
      .replace(/[^\S\n]+/g, " ")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .join("\n");

  it("on random text with every kind of white space", async () => {
    const fc = (await import("fast-check")).default;
    const ws = fc.constantFrom(
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\r",
      "\u00a0",
      "\u2028",
      "\u2003",
      "\ufeff",
      "\v",
      "\f",
      "\u3000",
    );
    const word = fc.string({ maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.oneof(ws, word), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(normaliseMinutes(text)).toBe(slow(text));
      }),
      { numRuns: 3000 },
    );
  });
});
