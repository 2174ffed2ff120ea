// The tests' world: a token issuer of their own on loopback (a key pair made when it starts), the real
// server over a fresh database file in a temporary folder, and a client that sends tokens.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_AUDIENCE, type DevIssuer, startDevIssuer } from "../src/dev-issuer.ts";
import type { LogLine } from "../src/log.ts";
import { type RunningServer, type StartOptions, startServer } from "../src/server.ts";

// Response bodies are read loosely: the tests assert on their shape.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Json = any;

/**
 * How long starting an issuer and a server (a process of its own, for the load test) may take: about a
 * second on an idle machine, far more when dozens of processes share its 2 cores.
 */
export const START_TIMEOUT_MS = 60_000;

export const ALL_SCOPES = "placements:read placements:write placements:audit";

export const child = (childId: string, extra: Record<string, unknown> = {}) => ({
  childId,
  sex: "F",
  dateOfBirth: "2012-05-14",
  ethnicity: "WBRI",
  ...extra,
});

export const episode = (childId: string, startDate: string, extra: Record<string, unknown> = {}) => ({
  childId,
  startDate,
  legalStatus: "C2",
  placementType: "U1",
  provider: "PR1",
  categoryOfNeed: "N1",
  reasonNewEpisode: "S",
  ...extra,
});

export interface Answer {
  readonly status: number;
  readonly type: string | null;
  readonly headers: Headers;
  readonly text: string;
  readonly body: Json;
}

export interface Harness {
  readonly issuer: DevIssuer;
  readonly dir: string;
  readonly dbPath: string;
  readonly logs: LogLine[];
  server: RunningServer;
  /** A token with every scope. */
  readonly token: string;
  request(
    path: string,
    init?: { method?: string; token?: string | null; body?: NonNullable<RequestInit["body"]>; type?: string },
  ): Promise<Answer>;
  post(path: string, body: unknown, token?: string | null): Promise<Answer>;
  get(path: string, token?: string | null): Promise<Answer>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function answerOf(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: Json;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, type: res.headers.get("content-type"), headers: res.headers, text, body };
}

export async function startHarness(options: Partial<StartOptions> = {}): Promise<Harness> {
  const issuer = await startDevIssuer();
  const dir = mkdtempSync(join(tmpdir(), "placements-api-"));
  const dbPath = join(dir, "data", "placements.db");
  const logs: LogLine[] = [];
  const start = () =>
    startServer({
      dbPath,
      auth: { issuer: issuer.issuer, audience: DEV_AUDIENCE, jwksUrl: issuer.jwksUrl, algorithms: ["ES256"] },
      log: (line) => logs.push(line),
      ...options,
    });
  const token = await issuer.mint({ scope: ALL_SCOPES, subject: "tester", claims: { client_id: "tests" } });
  const h: Harness = {
    issuer,
    dir,
    dbPath,
    logs,
    token,
    server: await start(),
    async request(path, init = {}) {
      const headers: Record<string, string> = {};
      const bearer = init.token === undefined ? token : init.token;
      if (bearer !== null) headers["authorization"] = `Bearer ${bearer}`;
      if (init.body !== undefined) headers["content-type"] = init.type ?? "application/json";
      const req: RequestInit = { method: init.method ?? "GET", headers };
      if (init.body !== undefined) req.body = init.body;
      return answerOf(await fetch(`${h.server.url}${path}`, req));
    },
    post: (path, body, bearer) =>
      h.request(path, {
        method: "POST",
        body: typeof body === "string" ? body : JSON.stringify(body),
        ...(bearer === undefined ? {} : { token: bearer }),
      }),
    get: (path, bearer) => h.request(path, bearer === undefined ? {} : { token: bearer }),
    async restart() {
      await h.server.close();
      h.server = await start();
    },
    async close() {
      await h.server.close();
      await issuer.close();
    },
  };
  return h;
}
