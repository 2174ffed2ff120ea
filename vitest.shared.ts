// One vitest set-up for every workspace package, so each package's config stays a single line.
// Runtime tests are `*.test.ts` beside the code; type tests are `*.test-d.ts`, type-checked by tsc.
// Every run also writes a JSON report to `.vitest/results.json`, which scripts/test.mjs sums into the
// `N passed, N failed` line that CI prints.
import { defineConfig } from "vitest/config";

// `isolate: false` reuses workers across test files: for a package with hundreds of small pure test
// files (one per SSDA903 rule) it saves a worker start per file, which dominates on a 2-core machine.
// In CI the dot reporter keeps the log short; failures are still printed in full.
export function packageTestConfig(options: { timeoutMs?: number; isolate?: boolean } = {}) {
  return defineConfig({
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: options.timeoutMs ?? 20_000,
      isolate: options.isolate ?? true,
      reporters: [process.env["CI"] ? "dot" : "default", "json"],
      outputFile: { json: ".vitest/results.json" },
      typecheck: {
        enabled: true,
        include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
        tsconfig: "./tsconfig.json",
      },
    },
  });
}
