import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The shared reference folder (`/work/shared/reference` beside the repo). Tests read it and never copy
 * it in; a missing folder fails loudly rather than skipping.
 */
export function referencePath(relative: string): string {
  const root = fileURLToPath(new URL("../../../../../shared/reference/", import.meta.url));
  if (!existsSync(root)) {
    throw new Error(`The shared reference folder is missing (looked in ${root}); these tests need it.`);
  }
  return `${root}${relative}`;
}

/** The Python validator's fake return folder. */
export function fakeDataPath(file = ""): string {
  return referencePath(`ssda903-data/data-to-insight__csc-validator-be-903/tests/fake_data/${file}`);
}

/** Reads a reference file's bytes. */
export function readReference(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(referencePath(relative)));
}
