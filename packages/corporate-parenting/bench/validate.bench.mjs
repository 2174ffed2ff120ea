// Throughput of corporate parenting validation (run: npm run bench -w @childrens-social-care/corporate-parenting).
// Prints ops/s with the Node version and machine; compare runs on the same machine only.
import { cpus } from "node:os";
import { ragStatus, validateStrategy } from "@childrens-social-care/corporate-parenting";
import { Bench } from "tinybench";

const priority = (order, title, principles) => ({ id: `p${order}`, order, title, principles });
const strategy = {
  id: "cp-strategy-2023-28",
  title: "Corporate Parenting Strategy 2023 to 2028",
  kind: "corporate-parenting-strategy",
  period: { fromYear: 2023, toYear: 2028 },
  status: "draft",
  priorities: [
    priority(1, "A safe and stable home", ["safety-and-stability"]),
    priority(2, "Trusted and strong relationships", ["safety-and-stability"]),
    priority(3, "Education and aspirations", ["high-aspirations-best-outcomes", "prepare-for-adulthood"]),
    priority(4, "Health and emotional Wellbeing", ["best-interests-health-wellbeing"]),
    priority(5, "Co-production", [
      "encourage-views-wishes-feelings",
      "take-into-account-views",
      "access-to-services",
    ]),
  ],
  careExperienceProtectedCharacteristic: { status: "proposed", effects: ["equality-impact-assessments"] },
};

const bench = new Bench({ time: 1000, warmupTime: 300 });
bench
  .add("validateStrategy (shape + 6 rules)", () => validateStrategy(strategy, { asOf: "2023-07-01" }))
  .add("ragStatus", () => ragStatus({ value: 31, target: 34, direction: "higher-is-better" }));
await bench.run();

console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}`);
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    "ops/s": Math.round(t.result?.throughput?.mean ?? 0).toLocaleString("en-GB"),
    "±%": (t.result?.latency?.rme ?? 0).toFixed(2),
  })),
);
