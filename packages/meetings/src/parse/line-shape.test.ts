import { describe, expect, it } from "vitest";
import { shapeLine } from "./line-shape";

const shape = (text: string) => {
  const s = shapeLine({ index: 0, text, start: 0 });
  return { content: s.content, bullet: s.bullet, label: s.label?.value, style: s.label?.style };
};

describe("shapeLine: bullets and every clause numbering style of the meetings reference §3.1", () => {
  it.each([
    ["1. That the report be noted.", "1", "number"],
    ["1) That the presentation be noted.", "1", "number"],
    ["(1) the report be noted", "1", "number"],
    ["(a) the report be noted", "a", "letter"],
    ["a) the report be noted", "a", "letter"],
    ["(ii) the Board notes", "ii", "roman"],
    ["iv. the Board notes", "iv", "roman"],
    ["(B) the plan be approved", "B", "letter"],
    ["6.2 A member sought clarification", "6.2", "paragraph"],
    ["31.8. It was noted", "31.8", "paragraph"],
  ])("%s", (text, label, style) => {
    const s = shape(text);
    expect([s.label, s.style]).toEqual([label, style]);
    expect(text.endsWith(s.content)).toBe(true);
  });

  it("takes off · and • bullets (level 1) and o sub-bullets (level 2)", () => {
    expect(shape("· Child Protection")).toEqual({
      content: "Child Protection",
      bullet: 1,
      label: undefined,
      style: undefined,
    });
    expect(shape("• Trusted and strong relationships").bullet).toBe(1);
    expect(shape("o Price capping")).toMatchObject({ content: "Price capping", bullet: 2 });
    expect(shape("- CorporateParentingCommitments -PC FINAL")).toMatchObject({
      content: "CorporateParentingCommitments -PC FINAL",
      bullet: 1,
    });
    expect(shape("· 1. That the report be noted.")).toMatchObject({
      bullet: 1,
      label: "1",
      content: "That the report be noted.",
    });
  });

  it("leaves words, initials, times and years alone", () => {
    for (const text of [
      "A summary of the presentation",
      "A. N. Other attended",
      "12.30pm lunch",
      "2024. A year",
      "of the report",
      "Agenda",
    ]) {
      expect(shape(text)).toEqual({ content: text, bullet: undefined, label: undefined, style: undefined });
    }
  });

  it("keeps a label that has no text after it (its text is on the next line)", () => {
    expect(shape("1.")).toMatchObject({ content: "", label: "1" });
  });
});
