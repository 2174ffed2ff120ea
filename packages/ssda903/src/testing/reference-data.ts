// Test-only: finds the shared reference data (../shared/reference beside the repository) without
// copying any of it into the repo. Fails loudly when it is missing, so a conformance suite never
// silently skips in CI.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/** The `ssda903-data` folder of the shared reference, found by walking up from this file. */
export function ssda903DataDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "shared", "reference", "ssda903-data");
    if (existsSync(candidate)) {
      cached = candidate;
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        "The shared reference data (shared/reference/ssda903-data beside the repository) was not found; the SSDA903 conformance tests need it.",
      );
    }
    dir = parent;
  }
}

/** Reads and parses a JSON file of the shared SSDA903 reference data. */
export function readReferenceJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(ssda903DataDir(), relativePath), "utf8")) as T;
}
