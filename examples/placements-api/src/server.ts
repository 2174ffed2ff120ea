// Starts the API on loopback. `PORT` (default 3903) and `PLACEMENTS_DB` (default ./data/placements.db,
// created with its tables on first start) configure it.
import { type ServerType, serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { openStore } from "./db.ts";
import { jsonLogger, type Logger } from "./log.ts";

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export function startServer(options: {
  port?: number;
  dbPath: string;
  log?: Logger;
}): Promise<RunningServer> {
  const store = openStore(options.dbPath);
  const app = createApp(store, options.log ?? jsonLogger);
  return new Promise((resolvePromise) => {
    const server: ServerType = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname: "127.0.0.1" },
      (info) => {
        resolvePromise({
          url: `http://127.0.0.1:${info.port}`,
          close: () =>
            new Promise((done) => {
              server.close(() => {
                store.close();
                done();
              });
            }),
        });
      },
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env["PORT"] ?? 3903);
  const running = await startServer({ port, dbPath: process.env["PLACEMENTS_DB"] ?? "data/placements.db" });
  process.stdout.write(`placements-api listening on ${running.url}\n`);
}
