// Child process of engine.bench.mjs: reads and validates a return once (cold), then `warm` more times,
// and prints the times as JSON.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readReturn, validateReturn } from "../dist/index.js";

const [dir, year, warmRuns] = process.argv.slice(2);
const files = readdirSync(dir).map((name) => ({ name, data: readFileSync(join(dir, name)) }));
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { return: ret } = readReturn(files);
validateReturn(ret, { collectionYear: year, localAuthority: "E09000027" });
const coldMs = performance.now() - t0;
const c = process.cpuUsage(cpu0);
const times = [];
for (let i = 0; i < Number(warmRuns); i++) {
  const t = performance.now();
  const r = readReturn(files).return;
  validateReturn(r, { collectionYear: year, localAuthority: "E09000027" });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    coldMs,
    coldCpuMs: (c.user + c.system) / 1000,
    warmMs: times[Math.floor(times.length / 2)] ?? null,
  }),
);
