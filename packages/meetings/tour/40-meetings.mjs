// Tour section for `npm start` (for the lead to move to scripts/tour/; helpers do not edit scripts/):
// one of the shared minutes fixtures parsed into its decisions and actions.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AgendaItem, parseMinutes } from "@childrens-social-care/meetings";

export const title = "Meetings: minutes text -> decisions and actions (shared/fixtures/minutes)";

function fixture(name) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const file = join(dir, "shared", "fixtures", "minutes", name);
    if (existsSync(file)) return readFileSync(file, "utf8");
    dir = dirname(dir);
  }
  throw new Error(`The minutes fixture ${name} was not found (../shared/fixtures/minutes).`);
}

export function run() {
  const { item, issues } = parseMinutes(fixture("keeping-children-safe-reforms.txt"));
  console.log(
    `${item.title} (${item.kind}), presented by ${item.presenters.map((p) => p.name ?? p.role).join(", ")}`,
  );
  for (const d of item.decisions) {
    console.log(`\n${d.marker ?? "(no marker)"}  [${d.kind}]`);
    for (const c of d.clauses) console.log(`  ${c.label ?? "-"}) ${c.text}  [${c.kind}]`);
  }
  console.log("\nActions:");
  for (const a of item.actions) {
    const owner = a.owner ? ` (owner: ${a.owner.name ?? a.owner.role})` : "";
    const due = a.due ? ` (due: ${a.due.text})` : "";
    console.log(`  - ${a.text}${owner}${due}`);
  }
  for (const q of item.questions)
    console.log(`\nQuestion: ${q.text}\n  Answer: ${q.answer?.text.slice(0, 100) ?? "(none)"}...`);
  console.log(
    `\nValid AgendaItem: ${AgendaItem.safeParse(item).success}; issues: ${issues.map((i) => i.rule).join(", ") || "none"}`,
  );
}
