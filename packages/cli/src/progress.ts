import cliProgress from "cli-progress";
import type { CliIo } from "./io";
import { wantsProgress } from "./io";

/** A progress display over bytes read; does nothing off a terminal or in CI. */
export interface Progress {
  start(totalBytes: number, label: string): void;
  advance(bytes: number, records: number): void;
  stop(): void;
}

const silent: Progress = { start() {}, advance() {}, stop() {} };

/** A bytes-read progress bar on stderr, when stderr is an interactive terminal and not CI. */
export function createProgress(io: CliIo): Progress {
  if (!wantsProgress(io)) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: "{label} [{bar}] {percentage}% | {mb}/{totalMb} MB | {records} records | {eta_formatted} left",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  let total = 0;
  let records = 0;
  const mb = (n: number) => (n / 1_048_576).toFixed(1);
  return {
    start(totalBytes, label) {
      total = totalBytes;
      done = 0;
      records = 0;
      bar.start(totalBytes, 0, { label, mb: "0.0", totalMb: mb(totalBytes), records: 0 });
    },
    advance(bytes, recs) {
      done = Math.min(total, done + bytes);
      records += recs;
      bar.update(done, { mb: mb(done), records });
    },
    stop() {
      bar.stop();
    },
  };
}

/** A progress display over counted steps (e.g. rules run); does nothing off a terminal or in CI. */
export interface StepProgress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A steps progress bar on stderr, when stderr is an interactive terminal and not CI. */
export function createStepProgress(io: CliIo, label: string): StepProgress {
  if (!wantsProgress(io)) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: "{label} [{bar}] {value}/{total} | {eta_formatted} left",
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0, { label });
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
