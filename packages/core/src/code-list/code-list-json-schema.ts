import type * as z from "zod";
import type { CodeListRow } from "./code-list-row";

// Code lists register here so the JSON Schema helper can give every code its title, however deeply
// the enum is nested. A WeakMap keeps no schema alive and leaves no global trace.
const rowsBySchema = new WeakMap<object, readonly CodeListRow[]>();

/** Records the rows behind an enum schema (used by `defineCodeList`). */
export function registerCodeListRows(schema: object, rows: readonly CodeListRow[]): void {
  rowsBySchema.set(schema, rows);
}

/** The rows behind a code list enum, or `undefined` when the schema is not one. */
export function codeListRowsOf(schema: object): readonly CodeListRow[] | undefined {
  return rowsBySchema.get(schema);
}

/**
 * Rewrites a JSON Schema `enum` into `oneOf` of `const` values with titles (and descriptions and
 * validity notes), so a form builder or a reader of the schema sees each code's label.
 */
export function annotateCodeListJsonSchema(
  json: z.core.JSONSchema.BaseSchema,
  rows: readonly CodeListRow[],
): void {
  delete json.enum;
  json.type = "string";
  json.oneOf = rows.map((row) => {
    const entry: z.core.JSONSchema.BaseSchema = { const: row.code, title: row.label };
    const notes = [row.description, validityNote(row), earlierLabelsNote(row)].filter(Boolean).join(" ");
    if (notes) entry.description = notes;
    return entry;
  });
}

function validityNote(row: CodeListRow): string {
  if (row.from && row.until) return `Valid from ${row.from} until ${row.until}.`;
  if (row.from) return `Valid from ${row.from}.`;
  if (row.until) return `Valid until ${row.until}.`;
  return "";
}

// Earlier wordings of a code (the current one is the title), so a reader of old data sees what it meant.
function earlierLabelsNote(row: CodeListRow): string {
  const earlier = (row.labels ?? []).slice(0, -1);
  return earlier
    .map((p) => `Labelled "${p.label}"${p.from ? ` from ${p.from}` : ""} until ${p.until ?? "later"}.`)
    .join(" ");
}
