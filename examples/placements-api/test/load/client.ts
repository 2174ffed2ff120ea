// The load test's HTTP client: every request is timed and its outcome kept. A socket error is allowed
// only while the server is down (from just before the kill until the restarted server listens); the
// request is then sent again once the server is back, after the caller has checked whether a write it
// sent before the kill was stored (the caller knows how to ask).

export interface Sent {
  /** Which figures the request's latency counts in: `good`, `bad` or `read`. */
  readonly kind?: LatencyKind;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Uint8Array;
}

export interface Outcome {
  readonly status: number;
  readonly type: string | null;
  readonly text: string;
  readonly ms: number;
}

export interface FaultWindow {
  /** When the kill was decided (performance.now()); Infinity before. */
  downAt: number;
  /** When the restarted server listened; Infinity until then. */
  upAt: number;
  /** Resolves when the restarted server listens. */
  up: Promise<string>;
}

export type LatencyKind = "good" | "bad" | "read";

export interface Stats {
  /** Latencies (ms) of requests answered outside the fault window, by kind. */
  readonly latencies: Record<LatencyKind, number[]>;
  socketErrorsInWindow: number;
  readonly socketErrorsOutside: string[];
}

export function inWindow(w: FaultWindow, started: number, ended: number): boolean {
  return started < w.upAt && ended >= w.downAt;
}

export class LoadClient {
  url: string;
  readonly window: FaultWindow;
  readonly stats: Stats = {
    latencies: { good: [], bad: [], read: [] },
    socketErrorsInWindow: 0,
    socketErrorsOutside: [],
  };

  constructor(url: string, window: FaultWindow) {
    this.url = url;
    this.window = window;
  }

  /** One attempt: the answer, or which kind of socket error ended it. */
  async attempt(req: Sent): Promise<Outcome | "socket-in-window" | "socket-outside"> {
    const started = performance.now();
    try {
      const init: RequestInit = { method: req.method, headers: req.headers };
      if (req.body !== undefined) init.body = req.body;
      const res = await fetch(`${this.url}${req.path}`, init);
      const text = await res.text();
      const ms = performance.now() - started;
      if (!inWindow(this.window, started, performance.now()))
        this.stats.latencies[req.kind ?? "good"].push(ms);
      return { status: res.status, type: res.headers.get("content-type"), text, ms };
    } catch (error) {
      if (inWindow(this.window, started, performance.now())) {
        this.stats.socketErrorsInWindow += 1;
        return "socket-in-window";
      }
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
      this.stats.socketErrorsOutside.push(`${req.method} ${req.path.slice(0, 30)}: ${cause}`);
      return "socket-outside";
    }
  }

  /**
   * Sends until answered. After a socket error in the fault window it waits for the server, asks
   * `settled` whether the first attempt already took effect (then returns undefined: stored, but not
   * acknowledged), and otherwise sends again.
   */
  async send(req: Sent, settled?: () => Promise<boolean>): Promise<Outcome | undefined> {
    for (let tries = 0; tries < 5; tries++) {
      const outcome = await this.attempt(req);
      if (outcome === "socket-outside") return undefined;
      if (outcome !== "socket-in-window") return outcome;
      this.url = await this.window.up;
      if (settled && (await settled())) return undefined;
    }
    throw new Error("a request failed five times");
  }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
