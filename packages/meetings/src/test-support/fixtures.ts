// Test helper: reads the project's shared minutes fixtures from /work/shared/fixtures/minutes (they
// stay there; they are never copied into the repository). Walks up from this file so it works from
// any worktree, and fails loudly when the folder is missing rather than skipping tests.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findFixtures(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, "shared", "fixtures", "minutes");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    "The shared minutes fixtures were not found (expected ../shared/fixtures/minutes beside the repository).",
  );
}

const FIXTURES = findFixtures();

/** The text of one fixture, e.g. "care-review-briefing.txt". */
export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

/** Every value of `key` in a nested structure removed (to compare parsed items without spans). */
export function without<T>(value: T, key: string): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === key ? undefined : v)));
}
