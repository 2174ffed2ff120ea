import { fromReturnDate } from "../codec/return-date";
import type { RawRow, Ssda903Return } from "../tables/raw-return";
import type { TableName } from "../tables/table-name";
import { dayOfIso, returnDateOfDay } from "./day";
import { Random } from "./prng";

/**
 * The errors `mutateReturn` can plant, each with the table and field it changes and the DfE rule
 * (csc-validator-be-903 code, 2022-23 onward) that should report it.
 */
export const MUTATIONS = {
  "blank-dob": { table: "Header", field: "DOB", rule: "102" },
  "invalid-sex": { table: "Header", field: "SEX", rule: "101" },
  "invalid-ethnic": { table: "Header", field: "ETHNIC", rule: "103" },
  "invalid-upn": { table: "Header", field: "UPN", rule: "168" },
  "invalid-rne": { table: "Episodes", field: "RNE", rule: "143" },
  "invalid-legal-status": { table: "Episodes", field: "LS", rule: "144" },
  "invalid-place": { table: "Episodes", field: "PLACE", rule: "146" },
  "invalid-rec": { table: "Episodes", field: "REC", rule: "149" },
  "dec-before-decom": { table: "Episodes", field: "DEC", rule: "356" },
  "overlapping-episodes": { table: "Episodes", field: "DECOM", rule: "501" },
  "invalid-review-code": { table: "Reviews", field: "REVIEW_CODE", rule: "167" },
  "missing-end-before-start": { table: "Missing", field: "MIS_END", rule: "567" },
} as const satisfies Record<string, { table: TableName; field: string; rule: string }>;

/** One kind of planted error. */
export type MutationKind = keyof typeof MUTATIONS;

/** Every kind, in a fixed order. */
export const MUTATION_KINDS = Object.keys(MUTATIONS) as MutationKind[];

/** One planted error: where it is and the rule that should find it. */
export interface PlantedError {
  readonly kind: MutationKind;
  readonly table: TableName;
  /** 0-based row within the table (the index `validateReturn` reports as `location.row`). */
  readonly row: number;
  readonly field: string;
  /** The DfE rule code expected to report it. */
  readonly rule: string;
  readonly childId: string;
}

/** Options of `mutateReturn`. */
export interface MutateReturnOptions {
  readonly seed: number;
  /** How many errors to plant (kinds taken in turn), or exactly which kinds, one error each. */
  readonly mutations: number | readonly MutationKind[];
}

/** The mutated return and the list of what was planted. */
export interface MutateReturnResult {
  readonly return: Ssda903Return;
  readonly planted: PlantedError[];
}

/**
 * Plants known errors in a copy of a return (the input is not changed), one row each, for tests and
 * benchmarks that check validation finds them. Each error is planted on a different child, in a row
 * where it makes exactly the named rule's condition true (e.g. `dec-before-decom` only on an episode
 * that ends a period of care, so no continuation episode is disturbed; `overlapping-episodes` moves a
 * start into the previous episode). Other rules may report the same row too (an invalid placement code
 * also breaks provider rules). Deterministic from the seed; when no row fits a kind, that kind is
 * skipped and not listed.
 */
export function mutateReturn(ret: Ssda903Return, options: MutateReturnOptions): MutateReturnResult {
  const rnd = new Random(options.seed);
  const kinds =
    typeof options.mutations === "number"
      ? Array.from(
          { length: Math.max(0, Math.floor(options.mutations)) },
          (_, i) => MUTATION_KINDS[i % MUTATION_KINDS.length] as MutationKind,
        )
      : options.mutations;
  const tables: Partial<Record<TableName, RawRow[]>> = {};
  const rowsOf = (t: TableName): RawRow[] => {
    let rows = tables[t];
    if (rows === undefined) {
      rows = [...(ret.tables[t] ?? [])];
      tables[t] = rows;
    }
    return rows;
  };
  const usedChildren = new Set<string>();
  const planted: PlantedError[] = [];

  for (const kind of kinds) {
    const { table, field, rule } = MUTATIONS[kind];
    const rows = rowsOf(table);
    const candidates: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as RawRow;
      const child = row["CHILD"];
      if (child === null || child === undefined || usedChildren.has(child)) continue;
      if (eligible(kind, rows, i)) candidates.push(i);
    }
    if (candidates.length === 0) continue;
    const index = rnd.pick(candidates);
    const row = rows[index] as RawRow;
    rows[index] = { ...row, [field]: mutatedValue(kind, rows, index, rnd) };
    const childId = row["CHILD"] as string;
    usedChildren.add(childId);
    planted.push({ kind, table, row: index, field, rule, childId });
  }
  return { return: { ...ret, tables: { ...ret.tables, ...tables } }, planted };
}

const day = (text: string | null | undefined): number | undefined => {
  const iso = text ? fromReturnDate(text) : undefined;
  return iso === undefined ? undefined : dayOfIso(iso);
};

function eligible(kind: MutationKind, rows: readonly RawRow[], i: number): boolean {
  const row = rows[i] as RawRow;
  switch (kind) {
    case "blank-dob":
      return row["DOB"] !== null;
    case "invalid-upn":
      return (row["UPN"] ?? "").length === 13;
    case "invalid-rec":
    case "dec-before-decom": {
      // An episode that ends a period of care, long enough to move its end before its start.
      const decom = day(row["DECOM"]);
      const dec = day(row["DEC"]);
      return (
        row["REC"] !== null && row["REC"] !== "X1" && decom !== undefined && dec !== undefined && dec > decom
      );
    }
    case "overlapping-episodes": {
      const prev = rows[i - 1];
      if (prev === undefined || prev["CHILD"] !== row["CHILD"]) return false;
      const prevStart = day(prev["DECOM"]);
      const prevEnd = day(prev["DEC"]);
      return prevStart !== undefined && prevEnd !== undefined && prevEnd - prevStart > 6;
    }
    case "missing-end-before-start":
      return day(row["MIS_START"]) !== undefined && day(row["MIS_END"]) !== undefined;
    default:
      return row[MUTATIONS[kind].field] !== null;
  }
}

function mutatedValue(kind: MutationKind, rows: readonly RawRow[], i: number, rnd: Random): string | null {
  const row = rows[i] as RawRow;
  switch (kind) {
    case "blank-dob":
      return null;
    case "invalid-sex":
      return "9";
    case "invalid-ethnic":
      return "XXXX";
    case "invalid-upn":
      // I, O and S are never the first letter of a UPN (rule 168's pattern).
      return `O${(row["UPN"] as string).slice(1)}`;
    case "invalid-rne":
      return "Q";
    case "invalid-legal-status":
      return "C9";
    case "invalid-place":
      return "X9";
    case "invalid-rec":
      return "E99";
    case "dec-before-decom":
      return returnDateOfDay((day(row["DECOM"]) as number) - rnd.int(1, 30));
    case "overlapping-episodes": {
      const prev = rows[i - 1] as RawRow;
      return returnDateOfDay((day(prev["DEC"]) as number) - rnd.int(1, 5));
    }
    case "invalid-review-code":
      return "PN9";
    case "missing-end-before-start":
      return returnDateOfDay((day(row["MIS_START"]) as number) - rnd.int(1, 10));
  }
}
