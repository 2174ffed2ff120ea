// For the lead: a section for scripts/tour/ (npm start), covering issue 6's "one kinship arrangement with its
// deadlines and one measure with its RAG". Tested by hand against the built packages; copy it to
// scripts/tour/40-kinship-corporate-parenting.mjs. Not published (package.json "files" is dist and README).
// Tour section: one kinship arrangement with its statutory deadlines, and one measure with its RAG status.
import { formatReport } from "@childrens-social-care/core";
import { Measure, ragStatus } from "@childrens-social-care/corporate-parenting";
import { kinshipDeadlines, validateKinshipArrangement } from "@childrens-social-care/kinship";

export const title = "Kinship and corporate parenting: deadlines and a RAG status";

const placement = {
  type: "kinship-foster-care",
  id: "KA-3",
  childId: "C-1003",
  carers: [{ personId: "P-3", relationship: "friend-of-parent" }],
  startedOn: "2024-01-08",
  lookedAfterBasis: "interim-care-order",
  placementCode: "U3",
  approval: {
    stage: "temporary",
    temporaryApprovalOn: "2024-01-08",
    extensions: [
      {
        reason: "full-assessment-incomplete",
        grantedOn: "2024-04-22",
        endsOn: "2024-06-24",
        fosteringPanelViewsSoughtOn: "2024-04-18",
        iroInformedOn: "2024-04-19",
        nominatedOfficerApprovedOn: "2024-04-22",
      },
    ],
  },
};

export async function run() {
  console.log("Kinship foster care with a connected person, temporarily approved on 2024-01-08:");
  for (const d of kinshipDeadlines(placement))
    console.log(`  ${d.label}: ${d.date ?? "when the review outcome is known"} (${d.source})`);
  const report = validateKinshipArrangement(placement, { asOf: "2024-07-01" });
  console.log(formatReport(report, { title: "Checked on 2024-07-01" }));

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
    `${measure.title} ${measure.period.label}: ${measure.value}% against a target of ${measure.target}% -> ${ragStatus(measure).toUpperCase()}`,
  );
}
