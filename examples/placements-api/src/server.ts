// Starts the API on loopback. Settings come from the environment (src/config.ts, README): the port, the
// database file (created 0600 with its tables on first start) and the token issuer.
import { type ServerType, serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { type AuthOptions, createVerifier } from "./auth.ts";
import { configFromEnv } from "./config.ts";
import { openStore } from "./db.ts";
import { jsonLogger, type Logger } from "./log.ts";

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  readonly port?: number;
  readonly dbPath: string;
  readonly auth: AuthOptions;
  readonly log?: Logger;
  readonly today?: () => string;
}

// A request whose headers or body do not arrive in time is dropped (slow clients cannot hold sockets).
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

export function startServer(options: StartOptions): Promise<RunningServer> {
  const store = openStore(options.dbPath);
  const app = createApp({
    store,
    verify: createVerifier(options.auth),
    log: options.log ?? jsonLogger,
    ...(options.today ? { today: options.today } : {}),
  });
  return new Promise((resolvePromise, reject) => {
    const server: ServerType = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 0,
        hostname: "127.0.0.1",
        serverOptions: { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
      },
      (info) => {
        resolvePromise({
          url: `http://127.0.0.1:${info.port}`,
          close: () =>
            new Promise((done) => {
              server.close(() => void store.close().then(done));
              // Idle keep-alive connections would hold close() open until they time out.
              if ("closeIdleConnections" in server) server.closeIdleConnections();
            }),
        });
      },
    );
    server.once("error", reject);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Files this process creates are its user's alone (the database is also created 0600 explicitly).
  process.umask(0o077);
  try {
    const config = await configFromEnv(process.env);
    const running = await startServer({ port: config.port, dbPath: config.dbPath, auth: config.auth });
    process.stdout.write(`placements-api listening on ${running.url}\n`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => void running.close().then(() => process.exit(0)));
    }
  } catch (error) {
    process.stderr.write(`placements-api: ${(error as Error).message}\n`);
    process.exit(2);
  }
}
