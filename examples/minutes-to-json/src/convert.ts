// Turns a folder of published minutes into meetings, decisions and open actions. Layout: one
// sub-folder per meeting, named `YYYY-MM-DD_<body>` (e.g. `2026-03-12_corporate-parenting-board`),
// holding one plain-text file per agenda item (`06-placement-sufficiency.txt`: the number before
// the first dash is the agenda item number). That is how councils' sites publish minutes: one page
// per item under a meeting.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ValidationIssue } from "@childrens-social-care/core";
import { type Action, type Decision, Meeting, parseMinutes } from "@childrens-social-care/meetings";

const MEETING_FOLDER = /^(\d{4}-\d{2}-\d{2})_([a-z0-9-]+)$/;

export interface DecisionRow {
  readonly meetingId: string;
  readonly date: string;
  readonly item: string;
  readonly marker?: string | undefined;
  readonly kind: Decision["kind"];
  readonly clauses: readonly { label?: string | undefined; text: string; kind: string }[];
}

export interface ActionRow {
  readonly meetingId: string;
  readonly body: string;
  readonly date: string;
  readonly item: string;
  readonly text: string;
  readonly owner?: string | undefined;
  readonly due?: Action["due"];
}

export interface Converted {
  readonly meetings: Meeting[];
  readonly decisions: DecisionRow[];
  readonly openActions: ActionRow[];
  /** What could not be read or placed, by file (never quoting the minutes). */
  readonly issues: ValidationIssue[];
}

/** Sentence-case body name from its folder slug: `corporate-parenting-board` → `Corporate parenting board`. */
function bodyName(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function ownerOf(action: Action): string | undefined {
  return action.owner ? [action.owner.name, action.owner.role].filter(Boolean).join(", ") : undefined;
}

export function convertFolder(dir: string): Converted {
  const meetings: Meeting[] = [];
  const decisions: DecisionRow[] = [];
  const openActions: ActionRow[] = [];
  const issues: ValidationIssue[] = [];
  const entries = readdirSync(dir).sort();
  for (const entry of entries) {
    const path = join(dir, entry);
    if (!statSync(path).isDirectory()) {
      if (entry.endsWith(".txt")) {
        issues.push({
          rule: "minutes-to-json/not-in-meeting-folder",
          severity: "warning",
          message: "Minutes must be in a meeting folder named YYYY-MM-DD_body-name; this file was skipped.",
          path: [],
          location: { file: entry },
        });
      }
      continue;
    }
    const match = MEETING_FOLDER.exec(entry);
    if (!match) {
      issues.push({
        rule: "minutes-to-json/folder-name",
        severity: "warning",
        message:
          "A meeting folder must be named YYYY-MM-DD_body-name (lower case, dashes); this folder was skipped.",
        path: [],
        location: { file: entry },
      });
      continue;
    }
    const [, date, slug] = match as unknown as [string, string, string];
    const meetingId = `${slug}/${date}`;
    const agenda = [];
    for (const file of readdirSync(path)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const text = readFileSync(join(path, file), "utf8");
      const { item, issues: parseIssues } = parseMinutes(text);
      const number = /^(\d+(?:\.\d+)?)-/.exec(file)?.[1];
      const numbered = number ? { ...item, number: String(Number(number)) } : item;
      agenda.push(numbered);
      issues.push(
        ...parseIssues.map((i) => ({ ...i, location: { ...i.location, file: `${entry}/${file}` } })),
      );
      for (const d of item.decisions) {
        decisions.push({
          meetingId,
          date,
          item: item.title,
          marker: d.marker,
          kind: d.kind,
          clauses: d.clauses.map((c) => ({ label: c.label, text: c.text, kind: c.kind })),
        });
      }
      for (const a of item.actions) {
        if (a.status !== "open") continue;
        openActions.push({
          meetingId,
          body: bodyName(slug),
          date,
          item: item.title,
          text: a.text,
          owner: ownerOf(a),
          due: a.due,
        });
      }
    }
    // Parse through the schema: it fills defaults and proves the meeting is a valid `Meeting`.
    meetings.push(
      Meeting.parse({
        id: meetingId,
        bodyId: slug,
        name: `${bodyName(slug)}, ${date}`,
        kind: "ordinary",
        date,
        status: "confirmed",
        minutesStatus: "published",
        agenda,
      }),
    );
  }
  return { meetings, decisions, openActions, issues };
}

/** The open actions due at each body's next meeting: those of its latest meeting marked "next meeting". */
export function dueAtNextMeeting(converted: Converted): ActionRow[] {
  const latest = new Map<string, string>();
  for (const m of converted.meetings) {
    if ((latest.get(m.bodyId) ?? "") < m.date) latest.set(m.bodyId, m.date);
  }
  return converted.openActions.filter(
    (a) => a.due?.kind === "next-meeting" && latest.get(a.meetingId.split("/")[0] ?? "") === a.date,
  );
}
