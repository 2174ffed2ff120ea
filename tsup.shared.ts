// One tsup set-up for every published package: ESM + CJS + separate .d.ts/.d.cts (attw all green),
// zod kept external because it is a peer dependency.
import { defineConfig, type Options } from "tsup";

export function packageBuildConfig(entry: Record<string, string>, extra: Partial<Options> = {}) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    external: ["zod"],
    ...extra,
  });
}
