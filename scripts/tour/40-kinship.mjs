// Tour section: a kinship arrangement (samples/kinship-arrangement.json) with its statutory deadlines,
// checked as at today, and (when the corporate-parenting package is built) a measure with its RAG.
import { readFileSync } from "node:fs";
import { formatReport } from "@childrens-social-care/core";
import {
  isLookedAfter,
  KinshipArrangement,
  kinshipDeadlines,
  validateKinshipArrangement,
} from "@childrens-social-care/kinship";

export const title =
  "Kinship: an arrangement, its deadlines, and the time-limit rules (samples/kinship-arrangement.json)";

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

  const cp = await import("@childrens-social-care/corporate-parenting").catch(() => undefined);
  if (cp?.ragStatus && cp.EXAMPLE_MEASURE) {
    const m = cp.EXAMPLE_MEASURE;
    console.log(
      `\nCorporate parenting measure: ${m.title}: ${m.value}${m.unit === "percent" ? "%" : ""}, target ${m.target}; RAG ${cp.ragStatus(m)}`,
    );
  }
}
