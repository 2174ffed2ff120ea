import type { CollectionYear } from "@childrens-social-care/core";

/**
 * One table of a statutory return: its name, the columns a file carries (in the DfE's order), the
 * columns added at ingest rather than sent (derived, e.g. the SSDA903 `PL_DISTANCE` worked out from
 * postcodes), the columns holding dates, and the column naming the child. Row types are derived from
 * it, so a rule that reads a column the table does not have does not compile.
 */
export interface TableDefinition<N extends string = string, C extends string = string> {
  readonly name: N;
  /** Columns as sent in the return's files, in the DfE's order. */
  readonly columns: readonly C[];
  /** Columns that are not sent but added when the return is read (or carried by one format only). */
  readonly derived: readonly C[];
  /** Columns holding dates, parsed once per column for every rule. */
  readonly dates: readonly C[];
  /** The column identifying the child each record is about. */
  readonly child: C;
  /** First collection year the table is part of the return (absent: every year supported). */
  readonly from?: CollectionYear;
  /** What the table holds, in plain English. */
  readonly description: string;
}

/** What `defineTable` is given. */
export interface TableSpec<N extends string, C extends readonly string[], D extends readonly string[]> {
  readonly name: N;
  readonly columns: C;
  readonly derived?: D;
  readonly dates?: readonly (C[number] | D[number])[];
  readonly child: C[number];
  readonly from?: CollectionYear;
  readonly description: string;
}

/**
 * Declares a table. Pass the column lists as literals (they are inferred `as const`), so the table's
 * row type names exactly its columns.
 *
 * @example
 * const Header = defineTable({ name: "Header", columns: ["CHILD", "SEX", "DOB"], dates: ["DOB"], child: "CHILD", description: "One record per child." });
 */
export function defineTable<
  const N extends string,
  const C extends readonly string[],
  const D extends readonly string[] = readonly [],
>(spec: TableSpec<N, C, D>): TableDefinition<N, C[number] | D[number]> {
  const derived = (spec.derived ?? []) as readonly (C[number] | D[number])[];
  const all = new Set<string>([...spec.columns, ...derived]);
  if (all.size !== spec.columns.length + derived.length)
    throw new Error(`Table ${spec.name}: a column is listed twice.`);
  for (const date of spec.dates ?? [])
    if (!all.has(date)) throw new Error(`Table ${spec.name}: date column ${date} is not a column.`);
  return {
    name: spec.name,
    columns: spec.columns,
    derived,
    dates: spec.dates ?? [],
    child: spec.child,
    ...(spec.from ? { from: spec.from } : {}),
    description: spec.description,
  };
}

/** The column names of a table definition. */
export type ColumnOf<T> = T extends TableDefinition<string, infer C> ? C : never;

/** One cell as read: the text exactly as sent, `null` when blank; absent when the column was not read. */
export type Cell = string | null;

/**
 * One record of a table as read: each column's text exactly as sent (`null` when blank). A column
 * may be absent (a derived column the reader did not add, or a hand-made record in a test), which
 * reads as blank.
 */
export type RowOf<T> = { readonly [K in ColumnOf<T>]?: Cell };
