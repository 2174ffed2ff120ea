// The Python validator's verdicts on its own fake return (2,675 children, 2022-23 rules), compared
// rule by rule with ours: for each rule both tools ran, do we flag exactly the same rows? The
// verdicts and the fake return are read from shared/reference (never copied in).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidationIssue } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { describeWithReference } from "../../../scripts/reference-suite";
import { readReturn } from "../src/codec/read-return";
import { PEER_RUN_FILLED_END_DATES, PEER_VERDICT_DEVIATIONS } from "../src/conformance/deviations";
import { ALL_RULES } from "../src/rules/all-rules";
import { readReferenceJson, SSDA903_DATA, ssda903DataDir } from "../src/testing/reference-data";
import { validateReturn } from "../src/validate/validate-return";

interface PeerVerdicts {
  done: string[];
  skipped: string[];
  flagged: Record<string, Record<string, number[]>>;
}

const CLASSIC_FILES = [
  "header.csv",
  "episodes.csv",
  "uasc.csv",
  "reviews.csv",
  "oc2.csv",
  "oc3.csv",
  "ad1.csv",
  "placed_for_adoption.csv",
  "previous_permanence.csv",
  "missing.csv",
];

/** Rule by rule agreement with the Python tool on its fake return. */
export function comparePeerVerdicts() {
  const dir = join(ssda903DataDir(), "data-to-insight__csc-validator-be-903", "tests", "fake_data");
  const files = CLASSIC_FILES.map((name) => ({ name, data: readFileSync(join(dir, name)) }));
  const { return: ret, issues: readIssues } = readReturn(files);
  const peer = readReferenceJson<PeerVerdicts>("derived/903_peer_verdicts_fake_return_lac2022_23.json");
  const report = validateReturn(ret, { collectionYear: "2022-23", localAuthority: "E09000027" });
  // The Python run's altered Episodes table (see PEER_RUN_FILLED_END_DATES), for those rules only.
  const filled = {
    ...ret,
    tables: {
      ...ret.tables,
      Episodes: (ret.tables.Episodes ?? []).map((row) =>
        row.DEC == null ? { ...row, DEC: "31/03/2023" } : row,
      ),
    },
  };
  const filledReport = validateReturn(filled, {
    collectionYear: "2022-23",
    localAuthority: "E09000027",
    only: [...PEER_RUN_FILLED_END_DATES],
  });
  const issues = [
    ...report.issues.filter((i) => !PEER_RUN_FILLED_END_DATES.has(i.rule)),
    ...filledReport.issues,
  ];
  const ours = new Map<string, Map<string, Set<number>>>();
  for (const issue of issues) {
    const byTable = ours.get(issue.rule) ?? new Map<string, Set<number>>();
    const rows = byTable.get(issue.location?.table ?? "") ?? new Set<number>();
    rows.add(issue.location?.row ?? -1);
    byTable.set(issue.location?.table ?? "", rows);
    ours.set(issue.rule, byTable);
  }
  const ran = new Set(report.rulesRun ?? []);
  const agree: string[] = [];
  const disagree: { rule: string; detail: string }[] = [];
  for (const rule of peer.done) {
    if (!ran.has(rule)) continue;
    const theirs = peer.flagged[rule] ?? {};
    const mine = ours.get(rule) ?? new Map();
    const tables = new Set([...Object.keys(theirs), ...mine.keys()]);
    const diffs: string[] = [];
    for (const table of tables) {
      const t = new Set(theirs[table] ?? []);
      const m = mine.get(table) ?? new Set<number>();
      const onlyTheirs = [...t].filter((r) => !m.has(r)).length;
      const onlyOurs = [...m].filter((r) => !t.has(r)).length;
      if (onlyTheirs || onlyOurs) diffs.push(`${table}: ${onlyTheirs} only Python, ${onlyOurs} only ours`);
    }
    const documented = PEER_VERDICT_DEVIATIONS[rule];
    if (diffs.length)
      disagree.push({
        rule,
        detail: `${diffs.join("; ")}${documented ? ` (documented: ${documented})` : ""}`,
      });
    else agree.push(rule);
  }
  const skippedForReferenceData = new Set(
    (report.rulesSkipped ?? []).filter((s) => s.reason.startsWith("needs")).map((s) => s.rule),
  );
  const sameAsPython = (rule: string, list: readonly ValidationIssue[]) => {
    const mine = new Set(
      list.filter((i) => i.rule === rule).map((i) => `${i.location?.table}:${i.location?.row}`),
    );
    const theirs = new Set(
      Object.entries(peer.flagged[rule] ?? {}).flatMap(([table, rows]) => rows.map((r) => `${table}:${r}`)),
    );
    return mine.size === theirs.size && [...mine].every((k) => theirs.has(k));
  };
  // A rule on the list must really need the altered table: on the data as read, it differs.
  const staleFilledEntries = [...PEER_RUN_FILLED_END_DATES].filter(
    (rule) => ran.has(rule) && sameAsPython(rule, report.issues),
  );
  return {
    staleFilledEntries,
    readIssues,
    peer,
    ran,
    agree,
    disagree,
    skippedForReferenceData,
    implemented: new Set(ALL_RULES.map((r) => r.code)),
  };
}

describeWithReference("verdicts on the Python tool's fake return (2022-23)", [SSDA903_DATA], () => {
  const result = comparePeerVerdicts();

  it("reads the fake return without problems", () => {
    expect(result.readIssues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("runs every implemented rule the Python tool ran, unless it needs reference data not given here", () => {
    // The Python tool runs its postcode and provider rules with empty stand-in data; we skip them
    // and say so, rather than pass them unchecked.
    const notRun = result.peer.done.filter(
      (r) => result.implemented.has(r) && !result.ran.has(r) && !result.skippedForReferenceData.has(r),
    );
    expect(notRun).toEqual([]);
  });

  it("lists only rules whose Python verdicts really came from the altered Episodes table", () => {
    expect(result.staleFilledEntries).toEqual([]);
  });

  it("flags the same rows as the Python tool for at least 95% of the rules both ran", () => {
    const compared = result.agree.length + result.disagree.length;
    const share = compared ? result.agree.length / compared : 0;
    if (share < 1) console.log("Rules that disagree with the Python tool:", result.disagree);
    console.log(
      `Agreement: ${result.agree.length} of ${compared} rules (${(share * 100).toFixed(1)}%); the Python tool ran ${result.peer.done.length}.`,
    );
    expect(compared).toBeGreaterThan(0);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});
