import type { CollectionYear } from "@childrens-social-care/core";
import type { RowOf, TableDefinition } from "./define-table";

/** A return's tables by name. */
export type TableMap = { readonly [name: string]: TableDefinition };

/**
 * A statutory return's shape: its tables, how its dates are written, and the collection years it
 * has rules for. The SSDA903 return and the CIN census are each one of these.
 */
export interface ReturnDefinition<TM extends TableMap = TableMap> {
  /** Short id used in rule ids and messages, e.g. `"ssda903"`. */
  readonly name: string;
  readonly tables: TM;
  /** Table names in the DfE's order. */
  readonly tableNames: readonly string[];
  /** A date cell as an epoch day, or `NaN` when blank or not a real date in the return's format. */
  readonly parseDate: (text: string) => number;
  /** The collection years whose rule sets are known. */
  readonly years: readonly CollectionYear[];
}

/** The table names of a return. */
export type TableNameOf<R extends ReturnDefinition> = keyof R["tables"] & string;

/** One table of a return. */
export type TableOf<R extends ReturnDefinition, N extends TableNameOf<R>> = R["tables"][N];

/** A row of one table of a return. */
export type ReturnRow<R extends ReturnDefinition, N extends TableNameOf<R>> = RowOf<TableOf<R, N>>;

/** The tables of one return as read; a table that was not sent is absent. */
export type ReturnTables<R extends ReturnDefinition> = {
  readonly [N in TableNameOf<R>]?: readonly ReturnRow<R, N>[];
};

/** Declares a return from its table definitions (in the DfE's order). */
export function defineReturn<const T extends readonly TableDefinition[]>(spec: {
  readonly name: string;
  readonly tables: T;
  readonly parseDate: (text: string) => number;
  readonly years: readonly CollectionYear[];
}): ReturnDefinition<{ readonly [D in T[number] as D["name"]]: D }> {
  const tables: Record<string, TableDefinition> = {};
  for (const t of spec.tables) {
    if (tables[t.name]) throw new Error(`Return ${spec.name}: table ${t.name} is defined twice.`);
    tables[t.name] = t;
  }
  return {
    name: spec.name,
    tables: tables as { readonly [D in T[number] as D["name"]]: D },
    tableNames: spec.tables.map((t) => t.name),
    parseDate: spec.parseDate,
    years: spec.years,
  };
}
