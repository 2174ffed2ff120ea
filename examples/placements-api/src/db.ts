// Storage: Node's built-in SQLite driver (`node:sqlite`, maintained with Node itself, no native build
// step). The database file is created private (0600) with its tables on first start. Records are kept
// as the validated JSON, with the columns needed to look them up; every change goes through the group
// commit together with its audit row, so a record and its audit entry are stored, or neither is.
import { DatabaseSync } from "node:sqlite";
import { AUDIT_SCHEMA, type AuditEntry, type AuditLog, auditLog, protectAuditTrail } from "./audit.ts";
import { type GroupCommit, groupCommit } from "./group-commit.ts";
import { preparePrivateFile } from "./private-file.ts";

/** Bumped when the tables change; a database of another version is refused, not silently reused. */
const SCHEMA_VERSION = 2;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS children (
    ref      INTEGER PRIMARY KEY,
    child_id TEXT NOT NULL UNIQUE,
    record   TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS episodes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    child_ref  INTEGER NOT NULL REFERENCES children(ref),
    start_date TEXT NOT NULL,
    record     TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS episodes_by_child ON episodes (child_ref, start_date);
  ${AUDIT_SCHEMA}
`;

export interface StoredChild {
  readonly ref: number;
  readonly record: Record<string, unknown>;
}

export interface StoredEpisode {
  readonly id: number;
  readonly record: Record<string, unknown>;
}

/** What a write job may do, inside one transaction. */
export interface Tx {
  getChild(childId: string): StoredChild | undefined;
  listEpisodes(childRef: number): StoredEpisode[];
  insertChild(childId: string, record: object): number;
  insertEpisode(childRef: number, startDate: string, record: object): number;
  audit(entry: AuditEntry): void;
}

export interface Store {
  getChild(childId: string): StoredChild | undefined;
  listChildren(limit: number, offset: number): Record<string, unknown>[];
  countChildren(): number;
  listEpisodes(childRef: number): StoredEpisode[];
  listAudit: AuditLog["list"];
  /** Runs `job` in the next group commit; resolves with its result once it is on disk. */
  write<T>(job: (tx: Tx) => T): Promise<T>;
  close(): Promise<void>;
}

function openDatabase(path: string): DatabaseSync {
  if (path !== ":memory:") preparePrivateFile(path);
  // Defensive mode: no writable_schema and no other ways to corrupt the file or bypass the triggers.
  const db = new DatabaseSync(path, { defensive: true, enableForeignKeyConstraints: true, timeout: 5000 });
  // WAL lets readers carry on while a write commits. FULL: a commit is on disk before it is
  // acknowledged. recursive_triggers: a REPLACE that deletes an audit row fires the delete trigger.
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA recursive_triggers = ON;");
  const version = Number((db.prepare("PRAGMA user_version").get() as { user_version: number }).user_version);
  const tables = Number((db.prepare("SELECT COUNT(*) AS n FROM sqlite_schema").get() as { n: number }).n);
  if (version !== SCHEMA_VERSION && (version !== 0 || tables > 0)) {
    db.close();
    throw new Error(
      `The database at ${path} was made by another version of this API; start with a new file.`,
    );
  }
  db.exec(SCHEMA);
  db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  protectAuditTrail(db);
  return db;
}

function statements(db: DatabaseSync, now: () => Date) {
  const parse = (row: unknown) =>
    JSON.parse(String((row as { record: string }).record)) as Record<string, unknown>;
  const getChild = db.prepare("SELECT ref, record FROM children WHERE child_id = ?");
  const listEpisodes = db.prepare(
    "SELECT id, record FROM episodes WHERE child_ref = ? ORDER BY start_date, id",
  );
  const insertChild = db.prepare("INSERT INTO children (child_id, record) VALUES (?, ?)");
  const insertEpisode = db.prepare("INSERT INTO episodes (child_ref, start_date, record) VALUES (?, ?, ?)");
  const log = auditLog(db, now);
  const tx: Tx = {
    getChild: (childId) => {
      const row = getChild.get(childId) as { ref: number; record: string } | undefined;
      return row ? { ref: Number(row.ref), record: parse(row) } : undefined;
    },
    listEpisodes: (childRef) =>
      listEpisodes
        .all(childRef)
        .map((row) => ({ id: Number((row as { id: number }).id), record: parse(row) })),
    insertChild: (childId, record) =>
      Number(insertChild.run(childId, JSON.stringify(record)).lastInsertRowid),
    insertEpisode: (childRef, startDate, record) =>
      Number(insertEpisode.run(childRef, startDate, JSON.stringify(record)).lastInsertRowid),
    audit: (entry) => log.append(entry),
  };
  return { tx, log, parse };
}

export function openStore(path: string, options: { now?: () => Date } = {}): Store {
  const db = openDatabase(path);
  const { tx, log, parse } = statements(db, options.now ?? (() => new Date()));
  const listChildren = db.prepare("SELECT record FROM children ORDER BY child_id LIMIT ? OFFSET ?");
  const countChildren = db.prepare("SELECT COUNT(*) AS n FROM children");
  const commits: GroupCommit = groupCommit(db);
  return {
    getChild: tx.getChild,
    listChildren: (limit, offset) => listChildren.all(limit, offset).map(parse),
    countChildren: () => Number((countChildren.get() as { n: number }).n),
    listEpisodes: tx.listEpisodes,
    listAudit: log.list,
    write: (job) => commits.run(() => job(tx)),
    close: async () => {
      await commits.flush();
      db.close();
    },
  };
}
