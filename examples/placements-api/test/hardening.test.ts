// Items 12-18 over HTTP against the real server: the audit trail, unknown fields, lone surrogates and
// bad bytes, huge offsets, oversize bodies, problem instances, the database file's mode, and impossible
// records. After every refusal nothing has been written.
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_AUDIENCE } from "../src/dev-issuer.ts";
import { sqliteFilesOf } from "../src/private-file.ts";
import { startServer } from "../src/server.ts";
import { type Answer, child, episode, type Harness, START_TIMEOUT_MS, startHarness } from "./harness.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ today: () => "2026-12-04" });
  expect((await h.post("/children", child("K001"))).status).toBe(201);
  expect((await h.post("/children/K001/episodes", episode("K001", "2024-01-10"))).status).toBe(201);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await h.close();
}, START_TIMEOUT_MS);

/** Rows in each table, read through a second connection to the same file. */
function counts(): { children: number; episodes: number } {
  const db = new DatabaseSync(h.dbPath, { readOnly: true });
  try {
    const n = (t: string) => Number((db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n);
    return { children: n("children"), episodes: n("episodes") };
  } finally {
    db.close();
  }
}

function expectProblem(res: Answer, status: number, slug?: string) {
  expect(res.status).toBe(status);
  expect(res.type).toBe("application/problem+json");
  expect(res.body.status).toBe(status);
  expect(res.body.instance).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  if (slug) expect(res.body.type).toMatch(new RegExp(`/${slug}$`));
}

describe("unknown fields (item 13)", () => {
  it("refuses a child or an episode with a field the record does not have: 400, nothing stored", async () => {
    const before = counts();
    const extra = await h.post("/children", child("K002", { nickname: "Kit" }));
    expectProblem(extra, 400, "unknown-fields");
    expect(extra.body.errors).toEqual([
      { pointer: "/nickname", field: "nickname", detail: "is not a field of this record" },
    ]);
    expectProblem(await h.post("/children", child("K002", { episodes: [] })), 400, "unknown-fields");
    const proto =
      '{"childId":"K002","sex":"F","dateOfBirth":"2012-05-14","ethnicity":"WBRI","__proto__":{"admin":true}}';
    expectProblem(await h.post("/children", proto), 400, "unknown-fields");
    expectProblem(
      await h.post("/children/K001/episodes", episode("K001", "2025-01-01", { carer: "x" })),
      400,
    );
    expect(counts()).toEqual(before);
  });

  it("publishes the closed write schemas", async () => {
    const res = await h.get("/schemas/CareEpisode.json", null);
    expect(res.type).toBe("application/schema+json");
    expect(res.body.$defs["placements.CareEpisode"].additionalProperties).toBe(false);
    expectProblem(await h.get("/schemas/Nope.json", null), 404);
  });
});

describe("lone surrogates, bad bytes and huge numbers (item 14)", () => {
  it("answers 400 problem+json for each, and writes nothing", async () => {
    const before = counts();
    expectProblem(await h.post("/children", child("\ud800")), 400, "lone-surrogate");
    expectProblem(
      await h.post(
        "/children",
        '{"childId":"K\\udc00","sex":"F","dateOfBirth":"2012-05-14","ethnicity":"WBRI"}',
      ),
      400,
    );
    expectProblem(await h.post("/children", child("K003", { sex: "\udfff" })), 400, "lone-surrogate");
    expectProblem(await h.get("/children/%ED%A0%80"), 400, "bad-identifier");
    expectProblem(
      await h.post("/children/%ED%B0%80/episodes", episode("K001", "2025-01-01")),
      400,
      "bad-identifier",
    );
    expectProblem(await h.get("/children/%FF%FE/placements"), 400, "bad-identifier");
    expectProblem(await h.get("/children?offset=99999999999999999999"), 400, "bad-query");
    expectProblem(await h.get("/children?limit=1e2"), 400, "bad-query");
    expectProblem(await h.get("/audit?after=99999999999999999999"), 400, "bad-query");
    const bytes = new Uint8Array([
      ...Buffer.from('{"childId":"K'),
      0xff,
      ...Buffer.from('","sex":"F","dateOfBirth":"2012-05-14","ethnicity":"WBRI"}'),
    ]);
    expectProblem(await h.request("/children", { method: "POST", body: bytes }), 400, "not-utf-8");
    expect(counts()).toEqual(before);
  });
});

/** Sends raw HTTP/1.1 on one connection and returns everything the server sent until it closed or went quiet. */
function rawExchange(requests: Buffer[], quietMs = 400): Promise<{ text: string; closed: boolean }> {
  const url = new URL(h.server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString("latin1"), closed });
    };
    socket.on("data", (d) => {
      chunks.push(d);
      clearTimeout(timer);
      timer = setTimeout(() => done(false), quietMs);
    });
    socket.on("end", () => done(true));
    socket.on("error", reject);
    socket.on("connect", () => {
      for (const r of requests) socket.write(r);
    });
  });
}

function rawPost(path: string, body: Buffer, token = h.token): Buffer {
  const head = `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body]);
}
const rawGet = (path: string) =>
  Buffer.from(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${h.token}\r\n\r\n`);

describe("oversize bodies (item 15)", () => {
  it("answers 413 and keeps the connection usable: the next request on it is answered", async () => {
    const big = Buffer.alloc(300 * 1024, 0x20);
    const { text } = await rawExchange([rawPost("/children", big), rawGet("/children/K001")]);
    const statuses = [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => m[1]);
    expect(statuses).toEqual(["413", "200"]);
    expect(text).toContain("application/problem+json");
  });

  it("says Connection: close for a body past the drain limit, and answers before closing", async () => {
    const { text, closed } = await rawExchange([
      Buffer.from(
        `POST /children HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${h.token}\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{`,
      ),
    ]);
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    expect(text.toLowerCase()).toContain("connection: close");
    expect(closed).toBe(true);
  });

  it("loses no other request while oversize bodies arrive", async () => {
    const before = counts();
    const big = "x".repeat(400 * 1024);
    const ids = Array.from({ length: 30 }, (_, i) => `OV${String(i).padStart(2, "0")}`);
    const [oversize, good] = await Promise.all([
      Promise.all(ids.map(() => h.post("/children", big))),
      Promise.all(ids.map((id) => h.post("/children", child(id)))),
    ]);
    expect(oversize.map((r) => r.status)).toEqual(ids.map(() => 413));
    expect(good.map((r) => r.status)).toEqual(ids.map(() => 201));
    expect(counts().children).toBe(before.children + ids.length);
  });
});

describe("hostile bodies", () => {
  it("answers a body of 20,000 unknown keys or deep nesting with a 4xx problem, not a 500", async () => {
    const keys = `{${Array.from({ length: 20_000 }, (_, i) => `"k${i}":0`).join(",")}}`;
    const many = await h.post("/children", keys);
    expectProblem(many, 400, "unknown-fields");
    expect(many.body.errors).toHaveLength(50);
    const deep = await h.post("/children", `{"childId":${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    expect([400, 422]).toContain(deep.status);
    expectProblem(deep, deep.status);
  });

  it("closes after refusing a request whose body is past the drain limit, whatever the refusal", async () => {
    const { text, closed } = await rawExchange([
      Buffer.from(
        "POST /children HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{",
      ),
    ]);
    expect(text).toMatch(/^HTTP\/1\.1 401/);
    expect(text.toLowerCase()).toContain("connection: close");
    expect(closed).toBe(true);
  });
});

describe("problem details (item 16)", () => {
  it("never echo a child's identifier, from the path or the body", async () => {
    const secret = "SECRET7";
    const answers = [
      await h.get(`/children/${secret}`),
      await h.get(`/children/${secret}/episodes`),
      await h.post(`/children/${secret}/episodes`, episode(secret, "2025-01-01")),
      await h.post(`/children/K001/episodes`, episode(secret, "2025-01-01")),
      await h.post("/children", child(secret, { sex: "X" })),
      await h.post("/children", child("K001")),
      await h.request(`/children/${secret}/episodes`, { method: "POST", body: "y".repeat(300 * 1024) }),
      await h.get(`/children/${secret}`, null),
      await h.get(`/nothing/${secret}`),
    ];
    for (const res of answers) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.type).toBe("application/problem+json");
      expect(res.text).not.toContain(secret);
      expect(res.body.instance).toMatch(/^urn:uuid:/);
    }
  });
});

describe("response headers", () => {
  it("tell every cache not to keep an answer, and browsers not to sniff it", async () => {
    for (const res of [
      await h.get("/children/K001"),
      await h.get("/children/NOPE"),
      await h.get("/children", null),
    ]) {
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

describe("the database file (item 17)", () => {
  it("is created 0600 with its -wal and -shm files, in a folder of its own made 0700", () => {
    for (const file of sqliteFilesOf(h.dbPath)) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    expect(statSync(join(h.dir, "data")).mode & 0o777).toBe(0o700);
  });

  it("narrows a database file that exists readable by others to 0600", async () => {
    const path = join(h.dir, "loose", "p.db");
    mkdirSync(join(h.dir, "loose"));
    closeSync(openSync(path, "w"));
    chmodSync(path, 0o644);
    const auth = {
      issuer: h.issuer.issuer,
      audience: DEV_AUDIENCE,
      jwksUrl: h.issuer.jwksUrl,
      algorithms: ["ES256"],
    };
    const server = await startServer({ dbPath: path, auth, log: () => undefined });
    try {
      for (const file of sqliteFilesOf(path)) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    } finally {
      await server.close();
    }
  });
});

describe("impossible records (item 18)", () => {
  it("refuses a child born after today and an episode before the child's birth", async () => {
    const before = counts();
    const unborn = await h.post("/children", child("K010", { dateOfBirth: "2999-01-01" }));
    expectProblem(unborn, 422, "validation");
    expect(unborn.body.errors.map((e: { field: string }) => e.field)).toEqual(["dateOfBirth"]);
    expect((await h.post("/children", child("K011", { dateOfBirth: "2020-02-01" }))).status).toBe(201);
    const early = await h.post("/children/K011/episodes", episode("K011", "1990-01-01"));
    expectProblem(early, 422, "validation");
    expect(early.body.errors[0].detail).toMatch(/before the child's date of birth/);
    const ahead = await h.post("/children/K011/episodes", episode("K011", "2026-12-05"));
    expectProblem(ahead, 422);
    expect(counts()).toEqual({ children: before.children + 1, episodes: before.episodes });
  });
});

describe("the audit trail (item 12)", () => {
  it("records who did what to which record, and the outcome, for every request", async () => {
    const created = await h.post("/children", child("K020"));
    expect(created.status).toBe(201);
    const missing = await h.get("/children/K999");
    const anonymous = await h.get("/children/K020", null);
    await h.get("/children/K020");
    const rows = (await h.get("/audit?limit=1000")).body.items as Record<string, unknown>[];
    // The listing's own row is appended after it answers, so the last four rows are the four requests.
    const last = rows.slice(-4);
    const ref = last[0]?.["childRef"];
    expect(typeof ref).toBe("number");
    expect(
      last.map((r) => [r["actor"], r["client"], r["action"], r["childRef"], r["status"], r["outcome"]]),
    ).toEqual([
      ["tester", "tests", "child.create", ref, 201, "created"],
      ["tester", "tests", "child.read", null, 404, "not-found"],
      [null, null, "child.read", null, 401, "unauthenticated"],
      ["tester", "tests", "child.read", ref, 200, "ok"],
    ]);
    // The problem's instance is the audit row's request id: support can find one from the other.
    expect(`urn:uuid:${last[1]?.["requestId"]}`).toBe(missing.body.instance);
    expect(`urn:uuid:${last[2]?.["requestId"]}`).toBe(anonymous.body.instance);
  });

  it("holds no personal value: no child's identifier, date of birth or body content", () => {
    const db = new DatabaseSync(h.dbPath, { readOnly: true });
    try {
      const text = JSON.stringify(db.prepare("SELECT * FROM audit").all());
      for (const value of ["K001", "K020", "K999", "SECRET7", "2012-05-14", "WBRI", "nickname"]) {
        expect(text).not.toContain(value);
      }
    } finally {
      db.close();
    }
  });
});
