import { formatIsoDate, isIsoDate } from "@childrens-social-care/core";
import type { Due } from "../model/action";

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  "twenty-four": 24,
};

const UNITS: Record<string, "day" | "week" | "month" | "year"> = {
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  "months’": "month",
  "months'": "month",
  year: "year",
  years: "year",
  "years’": "year",
  "years'": "year",
};

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const SEASONS = ["spring", "summer", "autumn", "winter"];

function words(lower: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < lower.length) {
    while (lower[i] === " ") i++;
    const start = i;
    while (i < lower.length && lower[i] !== " ") i++;
    if (i > start) {
      let end = i;
      while (end > start && ".,;:)".includes(lower[end - 1] ?? "")) end--;
      out.push({ word: lower.slice(start, end), start, end });
    }
  }
  return out;
}

/**
 * When an action is due, from its words: "next meeting", "in six months' time", "within 12 weeks",
 * "by 31 March 2025", "to the Autumn meeting". `text` is taken from the input as written.
 */
export function dueOf(text: string): Due | undefined {
  const lower = text.toLowerCase();
  const next = lower.indexOf("next meeting");
  if (next >= 0) return { kind: "next-meeting", text: text.slice(next, next + 12) };
  const ws = words(lower);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if ((w.word === "in" || w.word === "within") && i + 2 < ws.length) {
      const n = ws[i + 1]!;
      const u = ws[i + 2]!;
      const amount = /^\d{1,3}$/.test(n.word) ? Number(n.word) : NUMBER_WORDS[n.word];
      const unit = UNITS[u.word];
      if (amount && unit) {
        let end = u.end;
        const after = ws[i + 3];
        if (after?.word === "time") end = after.end;
        return { kind: "relative", amount, unit, text: text.slice(w.start, end) };
      }
    }
    if (w.word === "by" && i + 3 < ws.length) {
      const d = ws[i + 1]!.word.replace(/(st|nd|rd|th)$/, "");
      const m = MONTHS.indexOf(ws[i + 2]!.word);
      const y = ws[i + 3]!.word;
      if (/^\d{1,2}$/.test(d) && m >= 0 && /^\d{4}$/.test(y)) {
        const date = formatIsoDate(Number(y), m + 1, Number(d));
        if (isIsoDate(date)) return { kind: "date", date, text: text.slice(w.start, ws[i + 3]!.end) };
      }
    }
    if ((SEASONS.includes(w.word) || MONTHS.includes(w.word)) && ws[i + 1]?.word === "meeting") {
      return { kind: "named-meeting", text: text.slice(w.start, ws[i + 1]!.end) };
    }
  }
  return undefined;
}
