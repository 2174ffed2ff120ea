// Group commit: the writes that arrive while one commit is being made to disk are committed together in
// the next transaction, each inside its own savepoint so that one failing job rolls back alone. The
// database stays `synchronous = FULL` (an acknowledged write survives a power cut, not only a crash of
// the process) while 50 concurrent writers share one fsync instead of queueing for 50. A job runs
// synchronously inside the transaction, so what it reads (does the child exist? which episodes?) cannot
// change before it writes. A job's promise settles only after COMMIT: nothing is acknowledged that is
// not on disk.
import type { DatabaseSync } from "node:sqlite";

export type Job<T> = () => T;

interface Queued {
  readonly job: Job<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

export interface GroupCommit {
  run<T>(job: Job<T>): Promise<T>;
  /** Commits what is queued now; resolves when the queue is empty. */
  flush(): Promise<void>;
}

/** Runs each job in its own savepoint; a job that throws is rolled back alone and its error kept. */
function runJobs(db: DatabaseSync, batch: readonly Queued[]): { ok: boolean; value: unknown }[] {
  return batch.map((q) => {
    db.exec("SAVEPOINT job");
    try {
      const value = q.job();
      db.exec("RELEASE job");
      return { ok: true, value };
    } catch (error) {
      db.exec("ROLLBACK TO job");
      db.exec("RELEASE job");
      return { ok: false, value: error };
    }
  });
}

/** One transaction for the batch. If the transaction itself fails, every job in it is rejected. */
function runBatch(db: DatabaseSync, batch: readonly Queued[]): void {
  let results: { ok: boolean; value: unknown }[];
  try {
    db.exec("BEGIN IMMEDIATE");
    results = runJobs(db, batch);
    db.exec("COMMIT");
  } catch (error) {
    try {
      if (db.isOpen && db.isTransaction) db.exec("ROLLBACK");
    } catch {
      // The connection is unusable; the jobs are rejected below all the same.
    }
    for (const q of batch) q.reject(error);
    return;
  }
  batch.forEach((q, i) => {
    const r = results[i] as { ok: boolean; value: unknown };
    if (r.ok) q.resolve(r.value);
    else q.reject(r.value);
  });
}

export function groupCommit(db: DatabaseSync): GroupCommit {
  let queue: Queued[] = [];
  let scheduled: Promise<void> | undefined;
  const drain = () => {
    scheduled = undefined;
    const batch = queue;
    queue = [];
    runBatch(db, batch);
  };
  const schedule = () => {
    // setImmediate: the requests whose bodies arrived in this turn of the event loop join the batch.
    scheduled ??= new Promise<void>((done) =>
      setImmediate(() => {
        drain();
        done();
      }),
    );
    return scheduled;
  };
  return {
    run<T>(job: Job<T>) {
      return new Promise<T>((resolve, reject) => {
        queue.push({ job, resolve: resolve as (v: unknown) => void, reject });
        void schedule();
      });
    },
    async flush() {
      while (queue.length > 0) await schedule();
    },
  };
}
