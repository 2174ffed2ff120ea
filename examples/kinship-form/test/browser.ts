// Test harness: builds the page with Vite, serves the build on loopback with `vite preview`, and
// drives Debian's Chromium with playwright-core (Playwright's own browser download does not work on
// this machine kind). `CHROMIUM_PATH` overrides the browser's location.
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { chromiumPath } from "../../../scripts/reference";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The Chromium to drive (CHROMIUM_PATH, or `chromium` on the PATH); the suite is skipped without one. */
function browserPath(): string {
  const path = chromiumPath();
  if (!path)
    throw new Error("Chromium was not found: install Debian's chromium package (.ci/setup-extra does).");
  return path;
}

export interface Served {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function servePage(): Promise<Served> {
  await build({ root, logLevel: "warn", configFile: `${root}vite.config.ts` });
  const server: PreviewServer = await preview({
    root,
    configFile: `${root}vite.config.ts`,
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
    logLevel: "warn",
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("preview server has no port");
  const browser = await chromium.launch({
    executablePath: browserPath(),
    headless: true,
    // Flags verified on this machine kind: no sandbox as root, and no background network calls,
    // which this machine's closed network refuses.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    url: `http://127.0.0.1:${address.port}/`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
    },
  };
}
