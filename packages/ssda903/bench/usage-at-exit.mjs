// Preloaded into a benchmarked process (`node --import ./usage-at-exit.mjs ...`): at exit, writes its
// own CPU time and peak resident memory as one JSON line to the file named by CSC_BENCH_USAGE.
import { appendFileSync } from "node:fs";

const out = process.env.CSC_BENCH_USAGE;
if (out) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    appendFileSync(
      out,
      `${JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS })}\n`,
    );
  });
}
