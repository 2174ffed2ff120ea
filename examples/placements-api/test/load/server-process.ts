// The API as its own process (`node src/server.ts`, configured by the environment as in production), so
// the load test can kill it with SIGKILL mid-load and start it again on the same port and file.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { START_TIMEOUT_MS } from "../harness.ts";

const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerProcess {
  readonly url: string;
  /** Everything the process wrote to stdout (its request log). */
  readonly stdout: () => string;
  kill9(): Promise<void>;
  stop(): Promise<number | null>;
}

export function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["src/server.ts"], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${err}`)), START_TIMEOUT_MS);
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /placements-api listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          stdout: () => out,
          kill9: async () => {
            child.kill("SIGKILL");
            await exited;
          },
          stop: async () => {
            child.kill("SIGTERM");
            return exited;
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening: ${err}`));
    });
  });
}
