// Tour section: parse committee minutes into decisions and actions with the command line: the
// bundled sample, and one of the real published minutes in ../shared/fixtures when it is there.
import { existsSync } from "node:fs";
import { csc } from "./cli.mjs";

export const title = "Meetings: csc minutes <file> (published minutes to decisions and actions)";

const SAMPLE = "samples/minutes/2026-03-12_corporate-parenting-board/06-placement-sufficiency-update.txt";
const FIXTURE = "../shared/fixtures/minutes/corporate-parenting-strategy-refresh.txt";

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

function show(file) {
  const r = csc(["minutes", file]);
  if (r.code !== 0) throw new Error(r.stderr || "csc minutes failed");
  const { item, issues } = JSON.parse(r.stdout);
  console.log(`${file}\n  "${item.title}"`);
  for (const p of item.presenters ?? [])
    console.log(`  presented by ${[p.name, p.role].filter(Boolean).join(", ")}`);
  for (const d of item.decisions ?? []) {
    console.log(`\n  ${d.marker ?? "Decision"} (${d.kind})`);
    for (const c of d.clauses) console.log(`    ${c.label ? `(${c.label}) ` : ""}${c.text}  [${c.kind}]`);
  }
  console.log("\n  Actions:");
  for (const a of item.actions ?? []) {
    const due = a.due ? (a.due.date ?? a.due.text ?? a.due.kind) : "no date";
    console.log(`    - ${a.text}  [owner: ${a.owner?.role ?? a.owner?.name ?? "not named"}; due: ${due}]`);
  }
  console.log(
    `\n  ${plural(item.questions?.length ?? 0, "question")} with answers, ${plural(item.documents?.length ?? 0, "document")}; ${plural(issues.length, "note")} from the parser on what it could not place.\n`,
  );
}

export async function run() {
  show(SAMPLE);
  if (existsSync(new URL(`../../${FIXTURE}`, import.meta.url))) show(FIXTURE);
  console.log("(Full JSON, with every element's offsets in the text: npx csc minutes <file>.)");
}
