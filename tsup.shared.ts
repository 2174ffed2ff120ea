// One tsup set-up for every published package: ESM only with .d.ts. The packages need Node >= 22.12,
// where `require()` of ESM works, so one module format means one instance of every schema for ESM and
// CommonJS consumers alike (no dual-package hazard). zod stays external: it is a peer dependency.
import { defineConfig, type Options } from "tsup";

export function packageBuildConfig(entry: Record<string, string>, extra: Partial<Options> = {}) {
  return defineConfig({
    entry,
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    external: ["zod"],
    ...extra,
  });
}
