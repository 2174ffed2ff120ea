#!/usr/bin/env node
// Writes samples/ssda903/2025-26/ and samples/ssda903/2024-25/: a small synthetic SSDA903 return and
// last year's return for the same children (no real child in either), with a few known errors
// planted in this year's, for `npm start` and the README. Run after `npm run build`; the output is
// committed so the tour needs no generation step. Re-run to regenerate (same seeds, same files).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { generateReturnPair, mutateReturn, writeReturn } from "@childrens-social-care/ssda903";

const root = new URL("../samples/ssda903/", import.meta.url).pathname;
const { current, previous } = generateReturnPair({ children: 120, collectionYear: "2025-26", seed: 2026 });
const { return: ret, planted } = mutateReturn(current, {
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
rmSync(root, { recursive: true, force: true });
for (const [year, data] of [
  ["2025-26", ret],
  ["2024-25", previous],
]) {
  mkdirSync(`${root}${year}`, { recursive: true });
  for (const file of writeReturn(data, { format: "csv" }))
    writeFileSync(`${root}${year}/${file.name}`, file.data);
}
writeFileSync(
  `${root}PLANTED.json`,
  `${JSON.stringify(
    planted.map(({ kind, table, row, field, rule }) => ({ kind, table, row, field, rule })),
    null,
    2,
  )}\n`,
);
console.log(`Wrote ${root} (2025-26 with ${planted.length} planted errors, and 2024-25).`);
