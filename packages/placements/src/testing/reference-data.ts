import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedPath } from "../../../../scripts/shared-path";

/** The absolute path of the shared reference folder; throws with a clear message when it is missing. */
export function referenceDir(): string {
  return sharedPath("reference");
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
