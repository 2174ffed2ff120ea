// Storage: Node's built-in SQLite driver (`node:sqlite`, maintained with Node itself, no native
// build step). The database file and its tables are created on first start. Records are kept as the
// validated JSON, with the columns needed to look them up.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";

export interface Store {
  insertChild(childId: string, record: unknown): boolean;
  getChild(childId: string): unknown;
  listChildren(limit: number, offset: number): unknown[];
  countChildren(): number;
  insertEpisode(childId: string, startDate: string, record: unknown): number;
  listEpisodes(childId: string): unknown[];
  close(): void;
}

export function openStore(path: string): Store {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  // WAL lets readers carry on while a write commits; the busy timeout makes a second process wait
  // for the lock instead of failing.
  db.exec("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;");
  db.exec(`
    CREATE TABLE IF NOT EXISTS children (
      child_id TEXT PRIMARY KEY,
      record   TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS episodes (
      id         INTEGER PRIMARY KEY AUTOINCREMENT,
      child_id   TEXT NOT NULL REFERENCES children(child_id),
      start_date TEXT NOT NULL,
      record     TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS episodes_by_child ON episodes (child_id, start_date);
  `);
  const insertChild = db.prepare(
    "INSERT INTO children (child_id, record) VALUES (?, ?) ON CONFLICT DO NOTHING",
  );
  const getChild = db.prepare("SELECT record FROM children WHERE child_id = ?");
  const listChildren = db.prepare("SELECT record FROM children ORDER BY child_id LIMIT ? OFFSET ?");
  const countChildren = db.prepare("SELECT COUNT(*) AS n FROM children");
  const insertEpisode = db.prepare("INSERT INTO episodes (child_id, start_date, record) VALUES (?, ?, ?)");
  const listEpisodes = db.prepare("SELECT record FROM episodes WHERE child_id = ? ORDER BY start_date, id");
  const parse = (row: unknown) => JSON.parse(String((row as { record: string }).record)) as unknown;
  return {
    insertChild: (childId, record) => insertChild.run(childId, JSON.stringify(record)).changes === 1,
    getChild: (childId) => {
      const row = getChild.get(childId);
      return row ? parse(row) : undefined;
    },
    listChildren: (limit, offset) => listChildren.all(limit, offset).map(parse),
    countChildren: () => Number((countChildren.get() as { n: number }).n),
    insertEpisode: (childId, startDate, record) =>
      Number(insertEpisode.run(childId, startDate, JSON.stringify(record)).lastInsertRowid),
    listEpisodes: (childId) => listEpisodes.all(childId).map(parse),
    close: () => db.close(),
  };
}
