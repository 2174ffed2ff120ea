// Test-only: finds the shared reference data (../shared/reference beside the repository) without
// copying any of it into the repo. Fails loudly when it is missing, so a conformance suite never
// silently skips in CI.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedPath } from "../../../../scripts/shared-path";

/** The `ssda903-data` folder of the shared reference. */
export function ssda903DataDir(): string {
  return sharedPath("reference", "ssda903-data");
}

/** Reads and parses a JSON file of the shared SSDA903 reference data. */
export function readReferenceJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(ssda903DataDir(), relativePath), "utf8")) as T;
}
