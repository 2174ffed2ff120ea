// Test helper: where the project's shared reference material is (SSDA903 and CIN data, the DfE API
// spec, published minutes) and what a suite does when it is not there.
//
// The material stays outside the repository (`../shared/` beside it, or wherever CSC_REFERENCE_DIR
// points) and is never copied in. A contributor who cloned only the repository must still be able to
// run `npm test`, so a suite that needs the material is *skipped with one line saying what and why*
// (scripts/test.mjs prints those lines at the end of the run) instead of failing. CI sets
// CSC_REQUIRE_REFERENCE=1, which turns every such skip into a failing test, so nothing is silently
// skipped where the material is expected. The same holds for suites that need a browser (Chromium).
import { existsSync } from "node:fs";
import { delimiter, dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The title prefix scripts/test.mjs looks for when it lists what was skipped. */
export const SKIP_PREFIX = "skipped: ";

/** True when CSC_REQUIRE_REFERENCE asks for every skip of this kind to fail instead. */
export function referenceRequired(): boolean {
  const v = process.env["CSC_REQUIRE_REFERENCE"];
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

/**
 * The shared folder: CSC_REFERENCE_DIR (absolute, or relative to the repository root) when set,
 * otherwise the first `shared` folder beside the repository or beside one of its parents (so that
 * a git worktree under another folder finds it too); `undefined` when there is none.
 */
export function referenceRoot(): string | undefined {
  const configured = process.env["CSC_REFERENCE_DIR"];
  if (configured) {
    const dir = isAbsolute(configured) ? configured : resolve(repoRoot, configured);
    return existsSync(dir) ? dir : undefined;
  }
  for (let dir = repoRoot; ; dir = dirname(dir)) {
    const candidate = join(dirname(dir), "shared");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `referencePath("reference", "ssda903-data")`: that path in the shared folder, or `undefined` if absent. */
export function referencePath(...segments: string[]): string | undefined {
  const root = referenceRoot();
  if (!root) return undefined;
  const path = join(root, ...segments);
  return existsSync(path) ? path : undefined;
}

/** Like `referencePath`, but throws a clear error when the path is missing (inside a guarded suite). */
export function requireReferencePath(...segments: string[]): string {
  const path = referencePath(...segments);
  if (!path) throw new Error(`${join(...segments)} ${notFound("reference data")}`);
  return path;
}

export function notFound(what: string): string {
  return what === "a browser"
    ? "not found: Chromium is needed (install Debian's chromium, or set CHROMIUM_PATH)"
    : `not found; set CSC_REFERENCE_DIR or clone beside ../shared`;
}

/** The Chromium to drive: CHROMIUM_PATH, or `chromium` on the PATH; `undefined` when there is none. */
export function chromiumPath(): string | undefined {
  const configured = process.env["CHROMIUM_PATH"];
  if (configured) return existsSync(configured) ? configured : undefined;
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    for (const name of ["chromium", "chromium-browser"]) {
      const path = join(dir, name);
      if (dir && existsSync(path)) return path;
    }
  }
  return undefined;
}
