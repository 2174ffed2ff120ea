import { describe, expect, it } from "vitest";
import { dueOf } from "./due";

describe("dueOf: when an action is due, with the words as written", () => {
  it.each([
    ["That committee receive an update to the next meeting.", { kind: "next-meeting", text: "next meeting" }],
    [
      "That the Commission be updated in six months’ time.",
      { kind: "relative", amount: 6, unit: "month", text: "in six months’ time" },
    ],
    [
      "Officers to report back within 12 weeks.",
      { kind: "relative", amount: 12, unit: "week", text: "within 12 weeks" },
    ],
    ["Update in a year", { kind: "relative", amount: 1, unit: "year", text: "in a year" }],
    ["A report to the Autumn meeting.", { kind: "named-meeting", text: "Autumn meeting" }],
    [
      "Figures to be provided by 31 March 2025.",
      { kind: "date", date: "2025-03-31", text: "by 31 March 2025" },
    ],
    ["Circulate by 29th February 2024", { kind: "date", date: "2024-02-29", text: "by 29th February 2024" }],
  ])("%s", (text, due) => {
    expect(dueOf(text)).toEqual(due);
  });

  it("finds nothing when no time is given, and never makes up a date", () => {
    expect(dueOf("That members be kept informed on key issues.")).toBeUndefined();
    expect(dueOf("Report by 29 February 2023.")).toBeUndefined(); // 2023 is not a leap year
    expect(dueOf("in some months")).toBeUndefined();
  });
});
