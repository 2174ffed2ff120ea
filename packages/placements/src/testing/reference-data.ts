import { readFileSync } from "node:fs";
import { requireReferencePath } from "../../../../scripts/reference";

/** Where `903_code_lists.json` is in the shared folder, for `describeWithReference`. */
export const REFERENCE_CODE_LISTS = ["reference", "ssda903-data", "derived", "903_code_lists.json"] as const;

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
  const file = requireReferencePath(...REFERENCE_CODE_LISTS);
  const { _notes, ...fields } = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  return fields as Record<string, ReferenceField>;
}
