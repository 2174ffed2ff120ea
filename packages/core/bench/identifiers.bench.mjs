// Throughput of core's identifier and date schemas (run: npm run bench -w @childrens-social-care/core).
// Prints ops/s with the Node version and machine; compare runs on the same machine only.
import { cpus } from "node:os";
import { IsoDate, isValidUpn, NhsNumber, UkPostcode, Upn } from "@childrens-social-care/core";
import { Bench } from "tinybench";

const bench = new Bench({ time: 1000, warmupTime: 300 });
bench
  .add("Upn.safeParse (valid)", () => Upn.safeParse("B801200005001"))
  .add("Upn.safeParse (bad check letter)", () => Upn.safeParse("A801200005001"))
  .add("isValidUpn (plain function)", () => isValidUpn("B801200005001"))
  .add("NhsNumber.safeParse (spaced)", () => NhsNumber.safeParse("943 476 5919"))
  .add("IsoDate.safeParse", () => IsoDate.safeParse("2024-02-29"))
  .add("UkPostcode.safeParse", () => UkPostcode.safeParse("sw1a1aa"));
await bench.run();

console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}`);
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    "ops/s": Math.round(t.result?.throughput?.mean ?? 0).toLocaleString("en-GB"),
    "±%": (t.result?.latency?.rme ?? 0).toFixed(2),
  })),
);
