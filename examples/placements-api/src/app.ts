import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { Verifier } from "./auth.ts";
import { drainBody } from "./body.ts";
import { type ApiContext, type ApiEnv, auditEntryOf, sendProblem } from "./context.ts";
import type { Store } from "./db.ts";
import { todayInEngland } from "./domain-checks.ts";
import type { Logger } from "./log.ts";
import { problem } from "./problem.ts";
import { childRoutes } from "./routes-children.ts";
import { episodeRoutes } from "./routes-episodes.ts";
import { metaRoutes } from "./routes-meta.ts";

export interface AppOptions {
  readonly store: Store;
  readonly verify: Verifier;
  readonly log: Logger;
  /** Today's date as `YYYY-MM-DD` (tests fix it); defaults to today in England. */
  readonly today?: () => string;
}

function startRequest(c: ApiContext): void {
  c.set("requestId", randomUUID());
  c.set("action", "unknown");
  c.set("principal", undefined);
  c.set("childRef", null);
  c.set("episodeRef", null);
  c.set("audited", false);
}

/** After the handler: drain what is left of the body, then audit the request (fail closed), then log it. */
async function finishRequest(c: ApiContext, { store, log }: AppOptions, started: number): Promise<void> {
  const drained = await drainBody(c.req.raw);
  if (drained.close) c.res.headers.set("connection", "close");
  if (!c.get("audited")) {
    try {
      await store.write((tx) => tx.audit(auditEntryOf(c, c.res.status)));
    } catch {
      // A response whose audit row could not be stored is not given: it could be a child's record.
      const p = problem(503, "audit-unavailable", "Try again later", "The request could not be recorded.");
      c.res = sendProblem(c, p, { "retry-after": "5" });
    }
  }
  // Answers hold children's records: no cache on the way may keep one (RFC 9111 s5.2.2.5).
  c.res.headers.set("cache-control", "no-store");
  // The matched route's pattern, never the concrete path: a path can hold a child's identifier.
  log({
    time: new Date().toISOString(),
    requestId: c.get("requestId"),
    method: c.req.method,
    route: c.req.routePath,
    status: c.res.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
  });
}

/** Today in England, worked out at most once a second: formatting a date is a real cost per write. */
function todayEverySecond(): () => string {
  let second = Number.NaN;
  let today = "";
  return () => {
    const now = Math.floor(Date.now() / 1000);
    if (now !== second) {
      second = now;
      today = todayInEngland(new Date(now * 1000));
    }
    return today;
  };
}

/** The API over a store: every request authenticated (except the public write schemas) and audited. */
export function createApp(options: AppOptions): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const deps = {
    store: options.store,
    verify: options.verify,
    today: options.today ?? todayEverySecond(),
  };

  app.use("*", async (c, next) => {
    const started = performance.now();
    startRequest(c);
    await next();
    await finishRequest(c, options, started);
  });
  // nosniff, no referrer, same-origin resources and the rest of Hono's maintained set of headers.
  app.use("*", secureHeaders());
  childRoutes(app, deps);
  episodeRoutes(app, deps);
  metaRoutes(app, deps);

  app.notFound((c) => sendProblem(c, problem(404, "not-found", "Not found", "There is no such resource.")));
  app.onError((_error, c) =>
    // Never the error's message: it could carry a value from the request.
    sendProblem(c, problem(500, "internal", "Internal error", "The request could not be completed.")),
  );
  return app;
}
