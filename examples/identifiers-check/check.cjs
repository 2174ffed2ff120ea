// The same check through CommonJS `require`, to show the package works for older tooling too.
// Usage: node check.cjs <file.ndjson>
const { readFileSync } = require("node:fs");
const {
  createReport,
  formatReport,
  issuesFromZod,
  NhsNumber,
  UkPostcode,
  Upn,
} = require("@childrens-social-care/core");
const { z } = require("zod");

const Identifiers = z.object({ upn: Upn, nhsNumber: NhsNumber, homePostcode: UkPostcode });

const file = process.argv[2];
if (!file) {
  console.error("Usage: node check.cjs <file.ndjson>");
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
console.log(formatReport(report, { title: "Identifiers (CommonJS)" }));
process.exit(report.ok ? 0 : 1);
