// Test helper: reads the project's shared minutes fixtures (`fixtures/minutes` in the shared folder
// beside the repository, or under CSC_REFERENCE_DIR; they are never copied into the repository).
// Suites that read them are guarded by `describeWithReference(..., [MINUTES_FIXTURES], ...)`, so
// without them they are skipped with one line (and fail under CSC_REQUIRE_REFERENCE=1, as in CI).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { requireReferencePath } from "../../../../scripts/reference";

/** The segments of the minutes fixtures folder in the shared folder. */
export const MINUTES_FIXTURES = ["fixtures", "minutes"] as const;

/** The text of one fixture, e.g. "care-review-briefing.txt". */
export function readFixture(name: string): string {
  return readFileSync(join(requireReferencePath(...MINUTES_FIXTURES), name), "utf8");
}

/** Every value of `key` in a nested structure removed (to compare parsed items without spans). */
export function without<T>(value: T, key: string): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === key ? undefined : v)));
}
