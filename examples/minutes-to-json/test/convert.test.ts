import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Meeting } from "@childrens-social-care/meetings";
import { describe, expect, it } from "vitest";
import { requireReferencePath } from "../../../scripts/reference.ts";
import { describeWithReference } from "../../../scripts/reference-suite.ts";
import { convertFolder, dueAtNextMeeting } from "../src/convert.ts";

const here = dirname(fileURLToPath(import.meta.url));
const samples = join(here, "..", "..", "..", "samples", "minutes");

describe("minutes-to-json", () => {
  it("turns the sample folder into valid meetings, decisions and open actions", () => {
    const out = convertFolder(samples);
    expect(out.meetings).toHaveLength(1);
    const meeting = out.meetings[0] as Meeting;
    expect(Meeting.safeParse(meeting).success).toBe(true);
    expect(meeting).toMatchObject({ id: "corporate-parenting-board/2026-03-12", date: "2026-03-12" });
    expect(meeting.agenda.map((i) => [i.number, i.title])).toEqual([
      ["6", "Placement Sufficiency and Stability Update"],
      ["7", "Care Leavers Local Offer Refresh"],
    ]);
    expect(out.decisions.map((d) => d.marker)).toEqual(["RESOLVED that:", "AGREED:"]);
    expect(out.openActions.length).toBeGreaterThanOrEqual(3);
  });

  it("lists the actions due at the next meeting of each body", () => {
    const due = dueAtNextMeeting(convertFolder(samples));
    expect(due.map((a) => a.text)).toEqual(
      expect.arrayContaining([
        "The Head of Service to circulate the placement distance data by ward before the next meeting.",
        "Democratic Services to invite two members of the Children in Care Council to present at the next meeting.",
      ]),
    );
    expect(due.every((a) => a.due?.kind === "next-meeting")).toBe(true);
  });

  it("only counts an earlier meeting's next-meeting actions as due if no later meeting has happened", () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-"));
    const item =
      "Agenda item\n\nRecruitment\n\nMinutes:\n\nACTION: The Fostering Manager to report back to the next meeting.\n";
    for (const date of ["2026-01-10", "2026-03-10"]) {
      mkdirSync(join(dir, `${date}_fostering-panel`));
      writeFileSync(join(dir, `${date}_fostering-panel`, "01-recruitment.txt"), item);
    }
    const due = dueAtNextMeeting(convertFolder(dir));
    expect(due.map((a) => a.date)).toEqual(["2026-03-10"]);
  });

  it("skips, with a note, files outside meeting folders and badly named folders", () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-"));
    writeFileSync(join(dir, "loose.txt"), "Agenda item\n\nX\n");
    mkdirSync(join(dir, "March meeting"));
    const out = convertFolder(dir);
    expect(out.meetings).toEqual([]);
    expect(out.issues.map((i) => i.rule).sort()).toEqual([
      "minutes-to-json/folder-name",
      "minutes-to-json/not-in-meeting-folder",
    ]);
  });

  it("runs as a command: writes the JSON file and prints what is due", () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-out-"));
    const r = spawnSync(
      process.execPath,
      [join(here, "..", "src", "cli.ts"), samples, "--out", join(dir, "m.json")],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Due at the next meeting");
    const written = JSON.parse(readFileSync(join(dir, "m.json"), "utf8"));
    expect(written.meetings).toHaveLength(1);
    const again = spawnSync(
      process.execPath,
      [join(here, "..", "src", "cli.ts"), samples, "--out", join(dir, "m.json")],
      {
        encoding: "utf8",
      },
    );
    expect(again.status).toBe(2);
  });
});

describeWithReference("minutes-to-json on the real published minutes", [["fixtures", "minutes"]], () => {
  it("converts the real published minutes in the shared fixtures", () => {
    const fixtures = requireReferencePath("fixtures", "minutes");
    const dir = mkdtempSync(join(tmpdir(), "minutes-"));
    cpSync(fixtures, join(dir, "2023-01-19_corporate-parenting-board"), { recursive: true });
    const out = convertFolder(dir);
    expect(out.meetings[0]?.agenda).toHaveLength(3);
    for (const m of out.meetings) expect(Meeting.safeParse(m).success).toBe(true);
  });
});
