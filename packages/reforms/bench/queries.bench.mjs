// Cost of loading the catalogue (every provision validated at import) and of the queries a committee
// report runs (run: npm run bench -w @childrens-social-care/reforms). Compare runs on the same machine only.
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { Bench } from "tinybench";

// Load zod and core first, so the timing below is this package's own load (mostly validating the catalogue).
await import("@childrens-social-care/core");
const t0 = performance.now();
const reforms = await import("@childrens-social-care/reforms");
const importMs = performance.now() - t0;
const {
  ImplementationTracker,
  inForceOn,
  provisions,
  provisionById,
  searchProvisions,
  statusChangesBetween,
  statusOn,
  summariseTracker,
} = reforms;

const offer = provisionById("kinship-local-offer");
const tracker = ImplementationTracker.parse({
  council: "Bench Council",
  updatedOn: "2026-05-14",
  entries: provisions.map((p, i) => ({
    provisionId: p.id,
    rag: "amber",
    owner: "Lead",
    actions: [{ id: `a${i}`, description: "Act", dueDate: "2026-05-01", status: "in-progress" }],
  })),
});

const bench = new Bench({ time: 1000, warmupTime: 300 });
bench
  .add("statusOn (one provision)", () => statusOn(offer, "2026-06-29"))
  .add("inForceOn (whole catalogue)", () => inForceOn("2026-07-01"))
  .add("statusChangesBetween (whole catalogue)", () => statusChangesBetween("2026-04-28", "2026-06-29"))
  .add("searchProvisions (a phrase)", () => searchProvisions("family group conferences"))
  .add("summariseTracker (31 entries)", () => summariseTracker(tracker, "2026-05-15", { months: 6 }));
await bench.run();

console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}`);
console.log(`import with catalogue validation: ${importMs.toFixed(1)} ms (${provisions.length} provisions)`);
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    "ops/s": Math.round(t.result?.throughput?.mean ?? 0).toLocaleString("en-GB"),
    "±%": (t.result?.latency?.rme ?? 0).toFixed(2),
  })),
);
