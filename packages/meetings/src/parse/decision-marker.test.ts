import { describe, expect, it } from "vitest";
import { matchDecisionMarker } from "./decision-marker";

const m = (content: string) => {
  const found = matchDecisionMarker(content, content.toLowerCase());
  return (
    found && {
      marker: found.marker,
      kind: found.markerKind,
      formality: found.kind,
      rest: content.slice(found.restAt),
      unanimous: found.unanimous,
    }
  );
};

describe("decision markers seen in real minutes (meetings reference §3.1)", () => {
  it.each([
    ["RESOLVED", "RESOLVED", "resolved", ""],
    ["RESOLVED – That the report be noted.", "RESOLVED –", "resolved", "That the report be noted."],
    ["Resolved - That the report be noted.", "Resolved -", "resolved", "That the report be noted."],
    ["RESOLVED: That the Board notes the report", "RESOLVED:", "resolved", "That the Board notes the report"],
    ["RESOLVED:-", "RESOLVED:-", "resolved", ""],
    ["RESOLVED that:", "RESOLVED that:", "resolved", ""],
    ["RESOLVED that", "RESOLVED that", "resolved", ""],
    ["RESOLVED, that – the report be noted", "RESOLVED, that –", "resolved", "the report be noted"],
    [
      "RESOLVED that the minutes were correctly recorded",
      "RESOLVED that",
      "resolved",
      "the minutes were correctly recorded",
    ],
    ["AGREED -", "AGREED -", "agreed", ""],
    ["AGREED:", "AGREED:", "agreed", ""],
    ["AGREED that the pledge be signed", "AGREED that", "agreed", "the pledge be signed"],
    ["DECISIONS - the Cabinet Member:", "DECISIONS -", "decision", "the Cabinet Member:"],
    ["Decision:", "Decision:", "decision", ""],
    ["RECOMMENDED that the Cabinet Member:", "RECOMMENDED that", "recommended", "the Cabinet Member:"],
    [
      "It was agreed that the item be deferred.",
      "It was agreed that",
      "it-was-agreed",
      "the item be deferred.",
    ],
    [
      "It was proposed, seconded and agreed that X be appointed.",
      "It was proposed, seconded and agreed that",
      "proposed-seconded-agreed",
      "X be appointed.",
    ],
    ["The Panel agreed.", "The Panel agreed", "body-agreed", "."],
    [
      "The Corporate Parenting Board agreed to note the report.",
      "The Corporate Parenting Board agreed",
      "body-agreed",
      "to note the report.",
    ],
    ["the Mayor agreed that:", "the Mayor agreed that:", "mayor-agreed", ""],
  ])("%s", (content, marker, kind, rest) => {
    expect(m(content)).toMatchObject({ marker, kind, rest });
  });

  it("a recommendation is not a decision of the body", () => {
    expect(m("RECOMMENDED that the Cabinet approve the strategy")?.formality).toBe("recommendation");
    expect(m("RESOLVED that the strategy be approved")?.formality).toBe("formal-resolution");
    expect(m("AGREED that the strategy be approved")?.formality).toBe("agreement");
  });

  it("reads unanimity", () => {
    expect(m("AGREED (unanimously) that:")).toMatchObject({
      marker: "AGREED (unanimously) that:",
      unanimous: true,
    });
    expect(m("AGREED unanimously that the report be noted")).toMatchObject({
      unanimous: true,
      rest: "the report be noted",
    });
    expect(m("RESOLVED (nem. con.) – That")?.unanimous).toBe(true);
  });

  it("does not take ordinary words for markers", () => {
    for (const text of [
      "Agreed actions from the last meeting were reviewed.",
      "Decision making in the service was discussed.",
      "Recommended reading was shared.",
      "The committee were invited to ask questions.",
      "The government had acted quickly.",
      "RESOLVEDLY",
    ]) {
      expect(m(text)).toBeUndefined();
    }
  });
});
