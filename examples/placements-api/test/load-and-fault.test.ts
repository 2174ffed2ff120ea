// The bounded load-and-fault test (issue 13, "Done means"): the server as its own process on loopback,
// 50 concurrent writers x 100 requests with 20% bad input of 21 kinds, 5 concurrent readers, and a kill
// -9 of the server with a restart on the same port and file once 40% of the writes are done. Then:
// every acknowledged write is stored (and nothing else), every bad request got its 4xx problem+json,
// nothing got a 5xx, and no good request saw a socket error outside the moments the server was down.
// It stops by itself: a fixed number of requests, and readers that stop when the writers do. It takes
// 20 to 50 s on the project's shared 2-core machine; the 300 s bound is for a machine far busier than that.
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_AUDIENCE, type DevIssuer, startDevIssuer } from "../src/dev-issuer.ts";
import { sqliteFilesOf } from "../src/private-file.ts";
import { child, episode, START_TIMEOUT_MS } from "./harness.ts";
import { ANCHOR, type BadKind, badId, badKinds, makeTokens, type Tokens } from "./load/bad-requests.ts";
import {
  type FaultWindow,
  type LatencyKind,
  LoadClient,
  type Outcome,
  percentile,
  type Sent,
} from "./load/client.ts";
import { type ServerProcess, spawnServer } from "./load/server-process.ts";

const WRITERS = 50;
const REQUESTS_PER_WRITER = 100;
const READERS = 5;
const KILL_AFTER = Math.floor(WRITERS * REQUESTS_PER_WRITER * 0.4);

interface Ledger {
  readonly ackedChildren: Set<string>;
  readonly ackedEpisodes: Map<number, { childId: string; startDate: string }>;
  /** Good writes cut off by the kill whose first attempt turned out to be stored. */
  readonly storedUnacked: { children: number; episodes: number };
  readonly attemptedEpisodes: Set<string>;
  readonly bad: { kind: string; expected: number; got: number; problemJson: boolean }[];
  readonly fiveHundreds: string[];
  readonly unexpected: string[];
  readonly reads: { count: number; notOk: number };
  completedWrites: number;
}

let issuer: DevIssuer;
let tokens: Tokens;
let kinds: BadKind[];
let server: ServerProcess;
/** Every server process started, so their request logs can all be read. */
const processes: ServerProcess[] = [];
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), "placements-load-"));
const dbPath = join(dir, "placements.db");

beforeAll(async () => {
  issuer = await startDevIssuer();
  tokens = await makeTokens(issuer);
  kinds = badKinds(tokens);
  env = {
    PORT: "0",
    PLACEMENTS_DB: dbPath,
    PLACEMENTS_ISSUER: issuer.issuer,
    PLACEMENTS_AUDIENCE: DEV_AUDIENCE,
    PLACEMENTS_JWKS_URL: issuer.jwksUrl,
    PLACEMENTS_JWT_ALGORITHMS: "ES256",
  };
  server = await spawnServer(env);
  processes.push(server);
}, 2 * START_TIMEOUT_MS);
afterAll(async () => {
  await server?.stop(); // a no-op when the last test has stopped it
  await issuer?.close();
}, START_TIMEOUT_MS);

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const postJson = (path: string, body: unknown): Sent => ({
  method: "POST",
  path,
  headers: { ...auth(tokens.write), "content-type": "application/json" },
  body: JSON.stringify(body),
});
const childIdOf = (w: number, k: number) => `L${w}-${k}`;
/** Writer w's child k gets episodes j = 0, 1, 2, each 10 days, 20 days apart. */
const startOf = (j: number) => `2020-0${1 + j * 2}-01`;

function goodRequest(
  w: number,
  g: number,
): { req: Sent; kind: "child" | "episode"; childId: string; startDate?: string } {
  const childId = childIdOf(w, Math.floor(g / 4));
  const j = (g % 4) - 1;
  if (j < 0) return { req: postJson("/children", child(childId)), kind: "child", childId };
  const startDate = startOf(j);
  const body = episode(childId, startDate, { endDate: `2020-0${1 + j * 2}-11`, reasonEnded: "X1" });
  return { req: postJson(`/children/${childId}/episodes`, body), kind: "episode", childId, startDate };
}

/** After a socket error: was the write stored before the server died? */
function storedCheck(client: LoadClient, childId: string, startDate?: string): () => Promise<boolean> {
  return async () => {
    const path = startDate ? `/children/${childId}/episodes` : `/children/${childId}`;
    const res = await client.attempt({ method: "GET", path, headers: auth(tokens.read) });
    if (typeof res === "string" || res.status !== 200) return false;
    if (!startDate) return true;
    return (JSON.parse(res.text).items as { startDate: string }[]).some((e) => e.startDate === startDate);
  };
}

function recordGood(ledger: Ledger, good: ReturnType<typeof goodRequest>, res: Outcome | undefined): void {
  if (res === undefined) {
    if (good.kind === "child") ledger.storedUnacked.children += 1;
    else ledger.storedUnacked.episodes += 1;
    return;
  }
  if (res.status >= 500) ledger.fiveHundreds.push(`${good.req.path}: ${res.status}`);
  if (res.status !== 201) {
    ledger.unexpected.push(`${good.kind} ${res.status} ${res.text.slice(0, 120)}`);
    return;
  }
  if (good.kind === "child") ledger.ackedChildren.add(good.childId);
  else
    ledger.ackedEpisodes.set(JSON.parse(res.text).id, {
      childId: good.childId,
      startDate: good.startDate ?? "",
    });
}

async function writer(w: number, client: LoadClient, ledger: Ledger, onWrite: () => void): Promise<void> {
  let g = 0;
  for (let i = 0; i < REQUESTS_PER_WRITER; i++) {
    if (i % 5 === 4) {
      const n = Math.floor(i / 5);
      const kind = kinds[(w + n) % kinds.length] as BadKind;
      const res = await client.send(kind.make(w, n));
      const got = res?.status ?? 0;
      if (got >= 500) ledger.fiveHundreds.push(`${kind.name}: ${got}`);
      ledger.bad.push({
        kind: kind.name,
        expected: kind.status,
        got,
        problemJson: res?.type === "application/problem+json",
      });
    } else {
      const good = goodRequest(w, g++);
      if (good.kind === "episode") ledger.attemptedEpisodes.add(`${good.childId} ${good.startDate}`);
      recordGood(
        ledger,
        good,
        await client.send(good.req, storedCheck(client, good.childId, good.startDate)),
      );
    }
    ledger.completedWrites += 1;
    onWrite();
  }
}

async function reader(r: number, client: LoadClient, ledger: Ledger, done: () => boolean): Promise<void> {
  for (let i = 0; !done(); i++) {
    const known = [...ledger.ackedChildren];
    const id = known[(i * 7 + r) % Math.max(known.length, 1)];
    const paths = id
      ? [
          `/children/${id}`,
          `/children/${id}/episodes`,
          `/children/${id}/placements`,
          `/children?limit=20&offset=${i}`,
        ]
      : ["/children?limit=5"];
    const res = await client.send({
      kind: "read",
      method: "GET",
      path: paths[i % paths.length] as string,
      headers: auth(tokens.read),
    });
    ledger.reads.count += 1;
    if (res && res.status !== 200) ledger.reads.notOk += 1;
    if (res && res.status >= 500) ledger.fiveHundreds.push(`read ${res.status}`);
  }
}

/** Kills the server with SIGKILL once KILL_AFTER writes are done, and starts it again on the same port. */
function faultInjector(window: FaultWindow, setUp: (url: string) => void) {
  let fired = false;
  let restarted: Promise<void> = Promise.resolve();
  return {
    onWrite(completed: number) {
      if (fired || completed < KILL_AFTER) return;
      fired = true;
      window.downAt = performance.now();
      restarted = (async () => {
        await server.kill9();
        server = await spawnServer({ ...env, PORT: new URL(server.url).port });
        processes.push(server);
        window.upAt = performance.now();
        setUp(server.url);
      })();
    },
    restarted: () => restarted,
    fired: () => fired,
  };
}

async function runLoad() {
  let setUp: (url: string) => void = () => undefined;
  const window: FaultWindow = {
    downAt: Number.POSITIVE_INFINITY,
    upAt: Number.POSITIVE_INFINITY,
    up: new Promise((r) => (setUp = r)),
  };
  const client = new LoadClient(server.url, window);
  const ledger: Ledger = {
    ackedChildren: new Set(),
    ackedEpisodes: new Map(),
    storedUnacked: { children: 0, episodes: 0 },
    attemptedEpisodes: new Set(),
    bad: [],
    fiveHundreds: [],
    unexpected: [],
    reads: { count: 0, notOk: 0 },
    completedWrites: 0,
  };
  const anchor = await client.send(postJson("/children", child(ANCHOR, { dateOfBirth: "2015-01-01" })));
  expect(anchor?.status).toBe(201);
  const fault = faultInjector(window, setUp);
  let writing = true;
  const started = performance.now();
  const writers = Array.from({ length: WRITERS }, (_, w) =>
    writer(w, client, ledger, () => fault.onWrite(ledger.completedWrites)),
  );
  const readers = Array.from({ length: READERS }, (_, r) => reader(r, client, ledger, () => !writing));
  await Promise.all(writers);
  writing = false;
  await Promise.all(readers);
  await fault.restarted();
  return { client, ledger, window, fired: fault.fired(), seconds: (performance.now() - started) / 1000 };
}

function storedRecords() {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    const children = db.prepare("SELECT ref, child_id AS id FROM children").all() as {
      ref: number;
      id: string;
    }[];
    const episodes = db
      .prepare(
        "SELECT e.id, c.child_id AS childId, e.start_date AS startDate FROM episodes e JOIN children c ON c.ref = e.child_ref",
      )
      .all() as { id: number; childId: string; startDate: string }[];
    const audit = JSON.stringify(db.prepare("SELECT * FROM audit").all());
    const auditRows = Number((db.prepare("SELECT COUNT(*) AS n FROM audit").get() as { n: number }).n);
    return { children, episodes, audit, auditRows };
  } finally {
    db.close();
  }
}

describe("load and fault: 50 writers x 100 requests, 20% bad, readers, kill -9 and restart", () => {
  let result: Awaited<ReturnType<typeof runLoad>>;

  it("runs to the end with the server killed and restarted in the middle", { timeout: 300_000 }, async () => {
    result = await runLoad();
    expect(result.fired).toBe(true);
    expect(result.ledger.completedWrites).toBe(WRITERS * REQUESTS_PER_WRITER);
    const { ledger, client, seconds } = result;
    const figures = (kind: LatencyKind) => {
      const lat = client.stats.latencies[kind];
      return `${kind} p50 ${percentile(lat, 50).toFixed(1)} ms, p99 ${percentile(lat, 99).toFixed(1)} ms (n ${lat.length})`;
    };
    // The figures the issue note asks for (with the machine's load, which the report adds).
    console.log(
      `load: ${seconds.toFixed(1)} s, ${ledger.completedWrites} writer requests (${ledger.bad.length} bad), ${ledger.reads.count} reads; ` +
        `outside the fault window: ${figures("good")}; ${figures("bad")}; ${figures("read")}; ` +
        `acknowledged ${ledger.ackedChildren.size} children, ${ledger.ackedEpisodes.size} episodes; ` +
        `stored but unacknowledged at the kill ${ledger.storedUnacked.children} + ${ledger.storedUnacked.episodes}; ` +
        `socket errors in the fault window ${client.stats.socketErrorsInWindow}, outside ${client.stats.socketErrorsOutside.length}`,
    );
  });

  it("kept the database files 0600 through the crash and restart", () => {
    for (const file of sqliteFilesOf(dbPath)) expect(statSync(file).mode & 0o777, file).toBe(0o600);
  });

  it("gave no 5xx and no socket error outside the fault window, and every good write its 201", () => {
    expect(result.ledger.fiveHundreds).toEqual([]);
    expect(result.client.stats.socketErrorsOutside).toEqual([]);
    expect(result.ledger.unexpected).toEqual([]);
    expect(result.ledger.reads.notOk).toBe(0);
  });

  it("answered every bad request with its 4xx problem+json, 21 kinds", () => {
    const { bad } = result.ledger;
    expect(bad).toHaveLength(WRITERS * (REQUESTS_PER_WRITER / 5));
    expect(new Set(bad.map((b) => b.kind)).size).toBe(kinds.length);
    expect(kinds.length).toBeGreaterThanOrEqual(13);
    expect(bad.filter((b) => b.got !== b.expected || !b.problemJson)).toEqual([]);
  });

  it("stored every acknowledged write, nothing from a bad request, and no write twice", async () => {
    await server.stop();
    const { children, episodes } = storedRecords();
    const storedIds = new Set(children.map((c) => c.id));
    for (const id of result.ledger.ackedChildren) expect(storedIds.has(id), id).toBe(true);
    const byId = new Map(episodes.map((e) => [e.id, e]));
    for (const [id, e] of result.ledger.ackedEpisodes) expect(byId.get(id), String(id)).toMatchObject(e);
    expect(children.filter((c) => c.id.startsWith("X"))).toEqual([]);
    expect(episodes.filter((e) => e.childId === ANCHOR)).toEqual([]);
    expect(storedIds.size).toBe(1 + result.ledger.ackedChildren.size + result.ledger.storedUnacked.children);
    const keys = episodes.map((e) => `${e.childId} ${e.startDate}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(result.ledger.attemptedEpisodes.has(k), k).toBe(true);
    expect(episodes.length).toBe(result.ledger.ackedEpisodes.size + result.ledger.storedUnacked.episodes);
  });

  it("audited every request, with no child's identifier in the audit trail or the request log", () => {
    const { audit, auditRows } = storedRecords();
    expect(auditRows).toBeGreaterThan(WRITERS * REQUESTS_PER_WRITER);
    const logs = processes.map((p) => p.stdout()).join("");
    expect(logs.split("\n").length).toBeGreaterThan(WRITERS * REQUESTS_PER_WRITER);
    for (const id of [ANCHOR, childIdOf(0, 0), childIdOf(49, 19), badId(3, 4)]) {
      expect(audit).not.toContain(`"${id}"`);
      expect(logs).not.toContain(id);
    }
  });
});
