// Checks the identifiers in an NDJSON file of child records, loading the core package as ES modules.
// Usage: node check.mjs <file.ndjson>
import { readFileSync } from "node:fs";
import {
  createReport,
  formatReport,
  issuesFromZod,
  NhsNumber,
  UkPostcode,
  Upn,
} from "@childrens-social-care/core";
import * as z from "zod";

const Identifiers = z.object({ upn: Upn, nhsNumber: NhsNumber, homePostcode: UkPostcode });

const file = process.argv[2];
if (!file) {
  console.error("Usage: node check.mjs <file.ndjson>");
  process.exit(2);
}
const issues = [];
readFileSync(file, "utf8")
  .split("\n")
  .forEach((line, i) => {
    if (!line.trim()) return;
    const result = Identifiers.safeParse(JSON.parse(line));
    if (!result.success)
      issues.push(...issuesFromZod(result.error.issues, { location: { file, line: i + 1 } }));
  });
const report = createReport(issues);
console.log(formatReport(report, { title: "Identifiers (ESM)" }));
process.exit(report.ok ? 0 : 1);
