// Test helper: the path of a file or folder in the project's shared reference material
// (`../shared/` beside the repository: SSDA903 data, research notes, published minutes). Tests read
// it there and never copy it in. Walks up from this file, so it works from any clone or worktree, and
// throws a clear error when it is missing: a suite that needs it must fail, not skip.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** `sharedPath("reference", "ssda903-data")` → the absolute path of `../shared/reference/ssda903-data`. */
export function sharedPath(...segments: string[]): string {
  const wanted = join("shared", ...segments);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, wanted);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `${wanted} was not found beside the repository; the tests that need it cannot run without it.`,
      );
    }
    dir = parent;
  }
}
