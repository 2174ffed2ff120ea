// Tour section: parse the bundled committee minutes into decisions and actions with the command line.
import { csc } from "./cli.mjs";

export const title =
  "Meetings: csc minutes samples/minutes/2026-03-12_corporate-parenting-board/06-placement-sufficiency-update.txt";

export async function run() {
  const r = csc([
    "minutes",
    "samples/minutes/2026-03-12_corporate-parenting-board/06-placement-sufficiency-update.txt",
  ]);
  if (r.code !== 0) throw new Error(r.stderr || "csc minutes failed");
  const { item, issues } = JSON.parse(r.stdout);
  console.log(`"${item.title}"`);
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
    `\n  ${item.questions?.length ?? 0} questions with answers, ${item.documents?.length ?? 0} document(s); ${issues.length} thing(s) the parser could not place.`,
  );
  console.log("  (Full JSON: npx csc minutes <file>.)");
}
