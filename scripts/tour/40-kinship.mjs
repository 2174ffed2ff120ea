// Tour section: a kinship arrangement (samples/kinship-arrangement.json) with its statutory deadlines,
// checked as at today, and a corporate parenting measure with its RAG status.
import { readFileSync } from "node:fs";
import { formatReport } from "@childrens-social-care/core";
import { Measure, ragStatus } from "@childrens-social-care/corporate-parenting";
import {
  isLookedAfter,
  KinshipArrangement,
  kinshipDeadlines,
  validateKinshipArrangement,
} from "@childrens-social-care/kinship";

export const title =
  "Kinship and corporate parenting: an arrangement's deadlines (samples/kinship-arrangement.json) and a measure's RAG";

export async function run() {
  const value = JSON.parse(
    readFileSync(new URL("../../samples/kinship-arrangement.json", import.meta.url), "utf8"),
  );
  const arrangement = KinshipArrangement.parse(value);
  console.log(
    `${arrangement.id}: ${arrangement.type}, placement code ${arrangement.placementCode}; looked after: ${isLookedAfter(arrangement) ? "yes" : "no"}`,
  );
  for (const d of kinshipDeadlines(arrangement))
    console.log(`  ${d.date ?? "no fixed date"}  ${d.label} (${d.source})`);
  const today = new Date().toISOString().slice(0, 10);
  console.log(`\nChecked as at ${today}:`);
  console.log(
    formatReport(validateKinshipArrangement(arrangement, { asOf: today }), { title: "Kinship time limits" }),
  );

  // A corporate parenting measure, as a board's performance report gives it (figure from the
  // corporate-parenting-strategy-refresh minutes), with the RAG status worked out from its target.
  const measure = Measure.parse({
    id: "permanence-12m",
    title: "Permanence within 12 months",
    definition: "Children who achieved permanence within 12 months of entering care, as a percentage.",
    unit: "percentage",
    direction: "higher-is-better",
    period: { type: "financial-year", start: "2024-04-01", end: "2025-03-31", label: "2024-25" },
    value: 31,
    target: 34,
  });
  console.log(
    `\nCorporate parenting measure: ${measure.title} ${measure.period.label}: ${measure.value}% against a target of ${measure.target}% -> ${ragStatus(measure).toUpperCase()}`,
  );
}
