// Throughput of kinship validation (run: npm run bench -w @childrens-social-care/kinship). Prints ops/s
// with the Node version and machine; compare runs on the same machine only.
import { cpus } from "node:os";
import {
  KinshipArrangement,
  temporaryApprovalEnds,
  validateKinshipArrangement,
} from "@childrens-social-care/kinship";
import { Bench } from "tinybench";

const placement = {
  type: "kinship-foster-care",
  id: "KA-3",
  childId: "C-1003",
  carers: [{ personId: "P-3", relationship: "friend-of-parent" }],
  startedOn: "2024-01-08",
  lookedAfterBasis: "interim-care-order",
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
const mixed = { ...placement, notifiedOn: "2024-01-01" };

const bench = new Bench({ time: 1000, warmupTime: 300 });
bench
  .add("KinshipArrangement.safeParse (valid)", () => KinshipArrangement.safeParse(placement))
  .add("KinshipArrangement.safeParse (field of another form)", () => KinshipArrangement.safeParse(mixed))
  .add("validateKinshipArrangement (shape + 7 rules)", () =>
    validateKinshipArrangement(placement, { asOf: "2024-07-01" }),
  )
  .add("temporaryApprovalEnds (with extension)", () =>
    temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", weeks: 8 }),
  );
await bench.run();

console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}`);
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    "ops/s": Math.round(t.result?.throughput?.mean ?? 0).toLocaleString("en-GB"),
    "±%": (t.result?.latency?.rme ?? 0).toFixed(2),
  })),
);
