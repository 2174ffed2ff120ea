import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit.ts";

function database() {
  const db = new DatabaseSync(":memory:");
  db.exec("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)");
  const insert = db.prepare("INSERT INTO t VALUES (?)");
  const all = () =>
    db
      .prepare("SELECT x FROM t ORDER BY x")
      .all()
      .map((r) => Number((r as { x: number }).x));
  return { db, insert, all };
}

describe("group commit", () => {
  it("commits the jobs queued in one turn of the event loop in one transaction", async () => {
    const { db, insert, all } = database();
    const commits = groupCommit(db);
    const inTransaction: boolean[] = [];
    const jobs = [1, 2, 3].map((x) =>
      commits.run(() => {
        inTransaction.push(db.isTransaction);
        return insert.run(x).changes;
      }),
    );
    expect(all()).toEqual([]);
    expect(await Promise.all(jobs)).toEqual([1, 1, 1]);
    expect(inTransaction).toEqual([true, true, true]);
    expect(all()).toEqual([1, 2, 3]);
    expect(db.isTransaction).toBe(false);
  });

  it("rolls back a failing job alone, with what it wrote before failing", async () => {
    const { db, insert, all } = database();
    const commits = groupCommit(db);
    const ok = commits.run(() => insert.run(1));
    const failing = commits.run(() => {
      insert.run(2);
      insert.run(1); // UNIQUE violation
    });
    const after = commits.run(() => insert.run(3));
    await expect(failing).rejects.toThrow(/UNIQUE/);
    await ok;
    await after;
    expect(all()).toEqual([1, 3]);
  });

  it("settles nothing before COMMIT, and rejects every job of a batch whose COMMIT fails", async () => {
    const { db, insert, all } = database();
    db.exec(
      "CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)",
    );
    db.exec("PRAGMA foreign_keys = ON");
    const commits = groupCommit(db);
    const a = commits.run(() => insert.run(10));
    // A deferred foreign key fails only at COMMIT: the whole batch is rolled back and both are told.
    const b = commits.run(() => db.exec("INSERT INTO child VALUES (99)"));
    await expect(a).rejects.toThrow(/FOREIGN KEY/);
    await expect(b).rejects.toThrow(/FOREIGN KEY/);
    expect(all()).toEqual([]);
    expect(db.isTransaction).toBe(false);
    await commits.run(() => insert.run(11));
    expect(all()).toEqual([11]);
  });

  it("rejects the jobs, without throwing from the event loop, when the connection is closed", async () => {
    const { db, insert } = database();
    const commits = groupCommit(db);
    db.close();
    await expect(commits.run(() => insert.run(1))).rejects.toThrow(/not open/);
  });

  it("flush waits for what is queued", async () => {
    const { db, insert, all } = database();
    const commits = groupCommit(db);
    void commits.run(() => insert.run(5));
    await commits.flush();
    expect(all()).toEqual([5]);
  });
});
