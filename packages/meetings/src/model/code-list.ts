import { type CodeList, defineCodeList } from "@childrens-social-care/core";

/** Options of {@link codeList}: the schema id and title, and the source every row cites. */
export interface MeetingsCodeListOptions {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly source: string;
}

type Row<C extends string> = { readonly code: C; readonly label: string; readonly source: string };

/**
 * Builds one of this package's code lists from `{ code: label }` pairs that share a source (a
 * convenience over core's `defineCodeList`, which takes rows; the codes are our own kebab-case ids).
 */
export function codeList<const E extends Record<string, string>>(
  entries: E,
  options: MeetingsCodeListOptions,
): CodeList<Extract<keyof E, string>> {
  type C = Extract<keyof E, string>;
  const rows = Object.entries(entries).map(([code, label]) => ({ code, label, source: options.source }));
  return defineCodeList(rows as unknown as readonly [Row<C>, ...Row<C>[]], {
    id: options.id,
    title: options.title,
    description: options.description,
  }) as unknown as CodeList<C>;
}
