// Tour section: core's identifiers and dates on samples/children.ndjson, as one readable report.
import { readFileSync } from "node:fs";
import {
  CollectionYear,
  createReport,
  formatReport,
  IsoDate,
  isCollectionYear,
  issuesFromZod,
  LaNumber,
  NhsNumber,
  personal,
  UkPostcode,
  Upn,
} from "@childrens-social-care/core";
import * as z from "zod";

export const title = "Core: identifiers and dates (samples/children.ndjson)";

const ChildIdentifiers = z
  .object({
    childId: personal(z.string().min(1)),
    upn: personal(Upn),
    nhsNumber: personal(NhsNumber),
    homePostcode: personal(UkPostcode),
    localAuthority: LaNumber,
    dateOfBirth: personal(IsoDate),
    collectionYear: CollectionYear,
  })
  .superRefine((child, ctx) => {
    // A council abolished before the collection year cannot be responsible for the child in it.
    // (Refinements run even when a field failed, so check the inputs are well formed first.)
    if (!LaNumber.has(child.localAuthority) || !isCollectionYear(child.collectionYear)) return;
    if (!LaNumber.isValidIn(child.localAuthority, child.collectionYear)) {
      ctx.addIssue({
        code: "custom",
        path: ["localAuthority"],
        message: `LA ${child.localAuthority} (${LaNumber.labelOf(child.localAuthority)}) did not exist in ${child.collectionYear}.`,
        params: { rule: "tour/la-in-year" },
      });
    }
  });

export async function run() {
  const file = new URL("../../samples/children.ndjson", import.meta.url);
  const lines = readFileSync(file, "utf8").split("\n");
  const issues = [];
  let records = 0;
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    records += 1;
    const value = JSON.parse(text);
    const result = ChildIdentifiers.safeParse(value);
    if (!result.success) {
      issues.push(
        ...issuesFromZod(result.error.issues, {
          rulePrefix: "identifiers",
          location: { file: "samples/children.ndjson", line: i + 1, childId: value.childId },
        }),
      );
    }
  });
  console.log(`${records} records read.`);
  console.log(formatReport(createReport(issues), { title: "Identifier check", examplesPerRule: 3 }));
}
