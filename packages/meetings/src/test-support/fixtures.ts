// Test helper: reads the project's shared minutes fixtures from /work/shared/fixtures/minutes (they
// stay there; they are never copied into the repository). Walks up from this file so it works from
// any worktree, and fails loudly when the folder is missing rather than skipping tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedPath } from "../../../../scripts/shared-path";

const FIXTURES = sharedPath("fixtures", "minutes");

/** The text of one fixture, e.g. "care-review-briefing.txt". */
export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

/** Every value of `key` in a nested structure removed (to compare parsed items without spans). */
export function without<T>(value: T, key: string): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === key ? undefined : v)));
}
