#!/usr/bin/env node
// minutes-to-json <folder> [--out minutes.json]: one JSON file of meetings, decisions and open
// actions, and a list of what is due at the next meeting.
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command } from "commander";
import { convertFolder, dueAtNextMeeting } from "./convert.ts";

const program = new Command("minutes-to-json")
  .argument("<folder>", "folder of meeting folders (YYYY-MM-DD_body-name) holding one .txt per agenda item")
  .option("-o, --out <file>", "JSON file to write", "minutes.json")
  .option("--force", "replace --out if it exists")
  .action((folder: string, opts: { out: string; force?: boolean }) => {
    if (!existsSync(folder)) {
      process.stderr.write(`minutes-to-json: ${folder} does not exist.\n`);
      process.exitCode = 2;
      return;
    }
    const out = resolve(opts.out);
    if (existsSync(out) && !opts.force) {
      process.stderr.write(`minutes-to-json: ${opts.out} exists; use --force to replace it.\n`);
      process.exitCode = 2;
      return;
    }
    const converted = convertFolder(folder);
    writeFileSync(out, `${JSON.stringify(converted, null, 2)}\n`);
    const items = converted.meetings.reduce((n, m) => n + m.agenda.length, 0);
    process.stdout.write(
      `${converted.meetings.length} meeting(s), ${items} agenda item(s), ${converted.decisions.length} decision(s), ${converted.openActions.length} open action(s) written to ${opts.out}\n`,
    );
    const due = dueAtNextMeeting(converted);
    process.stdout.write(`\nDue at the next meeting (${due.length}):\n`);
    for (const a of due)
      process.stdout.write(`  - [${a.body}] ${a.text}${a.owner ? ` (owner: ${a.owner})` : ""}\n`);
    for (const issue of converted.issues)
      process.stderr.write(`  note: ${issue.location?.file ?? ""}: ${issue.message}\n`);
  });

program.parse();
