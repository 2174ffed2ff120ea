import type { YearTables } from "../rule-context";

/**
 * The children a year's tables show as UASC: header UASC "1" when the header carries the UASC
 * column (XML returns do), or else any detail in the UASC table (CSV returns have no header UASC).
 */
function uascChildrenOf(year: YearTables, into: Set<string>): boolean {
  const header = year.table("Header");
  if (year.has("Header") && (header.length === 0 || header.some((row) => "UASC" in row))) {
    for (const row of header) {
      if (row.UASC === "1" && row.CHILD != null) into.add(row.CHILD);
    }
    return true;
  }
  if (year.has("UASC")) {
    for (const row of year.table("UASC")) {
      if (row.CHILD == null) continue;
      for (const [column, value] of Object.entries(row)) {
        if (column !== "CHILD" && value != null) {
          into.add(row.CHILD);
          break;
        }
      }
    }
    return true;
  }
  return false;
}

/**
 * The children who are or were unaccompanied asylum-seeking children, as far as this year's and
 * last year's returns show (the DfE rules look back two years; a return only holds one, so children
 * UASC two years ago are missed, as the DfE's own note on rules 392a/392b/406 warns). `undefined`
 * when neither year says anything about UASC status.
 */
export function uascChildren(current: YearTables, previous: YearTables | undefined): Set<string> | undefined {
  const children = new Set<string>();
  const now = uascChildrenOf(current, children);
  const before = previous ? uascChildrenOf(previous, children) : false;
  return now || before ? children : undefined;
}
