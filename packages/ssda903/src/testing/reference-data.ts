// Test-only: finds the shared SSDA903 reference data (`reference/ssda903-data` in the shared folder
// beside the repository, or under CSC_REFERENCE_DIR) without copying any of it into the repo. Suites
// that read it are guarded by `describeWithReference(..., [SSDA903_DATA], ...)`, so without the data
// they are skipped with one line (and fail under CSC_REQUIRE_REFERENCE=1, as in CI).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { requireReferencePath } from "../../../../scripts/reference";

/** The segments of the `ssda903-data` folder in the shared folder, for `describeWithReference`. */
export const SSDA903_DATA = ["reference", "ssda903-data"] as const;

/** The `ssda903-data` folder of the shared reference; throws a clear error when it is missing. */
export function ssda903DataDir(): string {
  return requireReferencePath(...SSDA903_DATA);
}

/** Reads and parses a JSON file of the shared SSDA903 reference data. */
export function readReferenceJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(ssda903DataDir(), relativePath), "utf8")) as T;
}

/** A file of the Python validator's fake return (its `tests/fake_data` folder), or the folder itself. */
export function fakeDataPath(file = ""): string {
  return join(ssda903DataDir(), "data-to-insight__csc-validator-be-903", "tests", "fake_data", file);
}
