// Shape validation throughput of CareEpisode on the built package (run: npm run bench -w
// @childrens-social-care/placements). Validates the same records with Zod (CareEpisode.safeParse), with
// the opt-in compiled clone (z.compile(CareEpisode), Zod 4.6's ahead-of-time fast path, same results) and
// with Ajv compiled from the published dist/schemas/CareEpisode.json, and prints records/s and the ratios.
// Compare runs on the same machine only; this 2-core VM is shared, so expect noise of up to +/-25%.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { createAjv } from "@childrens-social-care/core/testing";
import { CareEpisode } from "@childrens-social-care/placements";
import { Bench } from "tinybench";
import * as z from "zod";

const BATCH = 1000;

// Deterministic, varied, valid records: open and closed episodes, every field present or absent.
const PLACES = ["U1", "U3", "U4", "U6", "K2", "R1", "A4", "P1", "K3"];
const PROVIDERS = ["PR1", "PR2", "PR4", "PR5", "PR0"];
const LEGAL = ["C1", "C2", "V2", "E1", "L1"];
function record(i) {
  const place = PLACES[i % PLACES.length];
  // K3 exists from 1 April 2024 (2024-25); start those episodes in 2025 so every record is valid.
  const year = place === "K3" ? 2025 : 2024 + (i % 2);
  const month = String(1 + (i % 12)).padStart(2, "0");
  const day = String(1 + (i % 28)).padStart(2, "0");
  const r = {
    childId: `C${String(100000 + i)}`,
    startDate: `${year}-${month}-${day}`,
    legalStatus: LEGAL[i % LEGAL.length],
    placementType: place,
    provider: place === "P1" ? "PR0" : PROVIDERS[i % 4],
    categoryOfNeed: `N${1 + (i % 8)}`,
    reasonNewEpisode: ["S", "P", "L", "B"][i % 4],
    homePostcode: "SW1A 1AA",
    placementPostcode: "LS1 4AP",
  };
  if (i % 3 === 0) {
    r.endDate = `${year + 1}-${month}-${day}`;
    r.reasonEnded = i % 2 ? "X1" : "E11";
    r.reasonPlaceChange = "CARPL";
  }
  if (i % 5 === 0) r.ofstedUrn = `SC${String(100000 + i).slice(-6)}`;
  return r;
}
const records = Array.from({ length: 10_000 }, (_, i) => record(i));

// Both validators must accept every record, or the comparison means nothing.
const schema = JSON.parse(readFileSync(new URL("../dist/schemas/CareEpisode.json", import.meta.url), "utf8"));
const validate = createAjv().compile(schema);
// strict: throw if Zod cannot compile the schema rather than silently measuring the runtime parser.
const compiled = z.compile(CareEpisode, { strict: true });
for (const r of records) {
  if (!CareEpisode.safeParse(r).success) throw new Error(`Zod rejects ${JSON.stringify(r)}`);
  if (!compiled.safeParse(r).success) throw new Error(`compiled Zod rejects ${JSON.stringify(r)}`);
  if (!validate(r)) throw new Error(`Ajv rejects ${JSON.stringify(r)}: ${JSON.stringify(validate.errors)}`);
}

let zi = 0;
let ci = 0;
let a = 0;
const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add(`CareEpisode.safeParse (Zod) x${BATCH}`, () => {
    for (let k = 0; k < BATCH; k++) {
      if (!CareEpisode.safeParse(records[zi]).success) throw new Error("rejected");
      zi = (zi + 1) % records.length;
    }
  })
  .add(`z.compile(CareEpisode).safeParse (opt-in) x${BATCH}`, () => {
    for (let k = 0; k < BATCH; k++) {
      if (!compiled.safeParse(records[ci]).success) throw new Error("rejected");
      ci = (ci + 1) % records.length;
    }
  })
  .add(`Ajv compiled dist/schemas/CareEpisode.json x${BATCH}`, () => {
    for (let k = 0; k < BATCH; k++) {
      if (!validate(records[a])) throw new Error("rejected");
      a = (a + 1) % records.length;
    }
  });
await bench.run();

const perSecond = bench.tasks.map((t) => (t.result?.throughput?.mean ?? 0) * BATCH);
console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}`);
console.table(
  bench.tasks.map((t, i) => ({
    task: t.name,
    "records/s": Math.round(perSecond[i]).toLocaleString("en-GB"),
    "±%": (t.result?.latency?.rme ?? 0).toFixed(2),
  })),
);
const [zod, fast, ajv] = perSecond;
const fmt = (n) => Math.round(n).toLocaleString("en-GB");
const verdict = (ok) => (ok ? "met" : "MISSED");
console.log(
  `CareEpisode.safeParse: ${fmt(zod)} records/s (target >= 1,000,000: ${verdict(zod >= 1e6)}); Ajv/Zod ${(ajv / zod).toFixed(2)}x (target <= 3x: ${verdict(ajv / zod <= 3)})`,
);
console.log(
  `z.compile(CareEpisode): ${fmt(fast)} records/s (target: ${verdict(fast >= 1e6)}); Ajv/compiled ${(ajv / fast).toFixed(2)}x`,
);
