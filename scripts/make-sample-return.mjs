#!/usr/bin/env node
// Writes samples/ssda903-2025-26/: a small synthetic SSDA903 return (no real child in it) with a few
// known errors planted, for `npm start` and the README. Run after `npm run build`; the output is
// committed so the tour needs no generation step. Re-run to regenerate (same seed, same files).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { generateReturn, mutateReturn, writeReturn } from "@childrens-social-care/ssda903";

const out = new URL("../samples/ssda903-2025-26/", import.meta.url).pathname;
const clean = generateReturn({ children: 120, collectionYear: "2025-26", seed: 2026 });
const { return: ret, planted } = mutateReturn(clean, {
  seed: 7,
  mutations: [
    "blank-dob",
    "invalid-place",
    "dec-before-decom",
    "overlapping-episodes",
    "invalid-review-code",
    "invalid-ethnic",
  ],
});
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of writeReturn(ret, { format: "csv" })) writeFileSync(`${out}${file.name}`, file.data);
writeFileSync(
  `${out}PLANTED.json`,
  `${JSON.stringify(
    planted.map(({ kind, table, row, field, rule }) => ({ kind, table, row, field, rule })),
    null,
    2,
  )}\n`,
);
console.log(`Wrote ${out} with ${planted.length} planted errors.`);
