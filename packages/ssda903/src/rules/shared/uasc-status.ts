import type { YearTables } from "../rule-context";

/**
 * Which filled cells of a UASC record show the child as UASC when the Header has no UASC item. The
 * reference validator's rules differ: 205A–205D ignore the child's identifier and date of birth
 * (`"beyond-dob"`), 392a/392b/406 ignore only the identifier (`"any-detail"`).
 */
export type UascEvidence = "beyond-dob" | "any-detail";

const cache = new WeakMap<YearTables, Map<UascEvidence, ReadonlySet<string> | undefined>>();

/**
 * The children one year's return shows as unaccompanied asylum-seeking children, or `undefined` when
 * the year says nothing about UASC status (neither a Header with the UASC item nor a UASC table).
 * An XML return says so in the Header's UASC item (1 = UASC); a CSV return has no such item, and a
 * child counts as UASC when their UASC record has a filled cell other than those `evidence` ignores
 * (the DfE CSV layout; the reference validator derives the Header's UASC item the same way). Built
 * once per year's tables and evidence.
 */
export function uascChildrenOf(year: YearTables, evidence: UascEvidence): ReadonlySet<string> | undefined {
  let byEvidence = cache.get(year);
  if (!byEvidence) {
    byEvidence = new Map();
    cache.set(year, byEvidence);
  }
  if (byEvidence.has(evidence)) return byEvidence.get(evidence);
  const found = find(year, evidence);
  byEvidence.set(evidence, found);
  return found;
}

function find(year: YearTables, evidence: UascEvidence): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  const header = year.table("Header");
  if (year.has("Header") && (header.length === 0 || header.some((row) => Object.hasOwn(row, "UASC")))) {
    for (const row of header) if (row.UASC === "1" && row.CHILD != null) out.add(row.CHILD);
    return out;
  }
  if (!year.has("UASC")) return undefined;
  for (const row of year.table("UASC")) {
    if (row.CHILD == null) continue;
    for (const [column, value] of Object.entries(row)) {
      if (value != null && column !== "CHILD" && (evidence === "any-detail" || column !== "DOB")) {
        out.add(row.CHILD);
        break;
      }
    }
  }
  return out;
}

/**
 * The children who are or were UASC as far as this year's and last year's returns show (the DfE rules
 * look back two years; a return only holds one, so children UASC two years ago are missed, as the
 * DfE's own note on rules 392a/392b/406 warns). `undefined` when neither year says anything about
 * UASC status.
 */
export function uascThisOrLastYear(
  current: YearTables,
  previous: YearTables | undefined,
): ReadonlySet<string> | undefined {
  const now = uascChildrenOf(current, "any-detail");
  const before = previous ? uascChildrenOf(previous, "any-detail") : undefined;
  if (!now || !before) return now ?? before;
  return new Set([...now, ...before]);
}
