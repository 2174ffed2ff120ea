import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Tests read the shared reference files where they live (never copied into the package). The repo is a
// git worktree at /work/<worktree>, so the folder is found by walking up from this file rather than by a
// fixed number of "../" that would break when the package or the worktree moves.
const REFERENCE = join("shared", "reference");

/** The absolute path of the shared reference folder; throws with a clear message when it is missing. */
export function referenceDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, REFERENCE);
    if (existsSync(join(candidate, "ssda903.md"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(
        `The shared reference folder (${REFERENCE}/ssda903.md) was not found above ${fileURLToPath(import.meta.url)}. ` +
          "These tests compare the code lists with the reference data and cannot run without it.",
      );
    dir = parent;
  }
}

/** One code of `903_code_lists.json`. */
export interface ReferenceCode {
  readonly code: string;
  readonly label: string | null;
  readonly label_source: string | null;
  readonly valid_in_d2i_validator: readonly string[];
  readonly valid_in_liia_schema: readonly string[];
}

/** One field of `903_code_lists.json`. */
export interface ReferenceField {
  readonly table: string;
  readonly codes: readonly ReferenceCode[];
  readonly membership_sources: {
    readonly d2i: Readonly<Record<string, unknown>>;
    readonly liia: Readonly<Record<string, unknown>>;
  };
}

/** Reads `ssda903-data/derived/903_code_lists.json` from the shared reference folder. */
export function readReferenceCodeLists(): Readonly<Record<string, ReferenceField>> {
  const file = join(referenceDir(), "ssda903-data", "derived", "903_code_lists.json");
  if (!existsSync(file)) throw new Error(`Reference code lists missing: ${file}`);
  const { _notes, ...fields } = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  return fields as Record<string, ReferenceField>;
}
