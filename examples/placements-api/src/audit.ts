// The audit trail: who read or wrote which record, when, and with what outcome, for every request,
// refused ones included. It holds no personal value of a child: a record is named by its internal
// reference (`children.ref`, `episodes.id`), never by the child's identifier, and nothing from a body is
// kept. "Who" is the token's subject and client, as the identity provider issued them.
//
// Append-only is enforced by SQLite itself, not by the code that uses it: triggers abort any UPDATE or
// DELETE of a row, and the connection's authorizer refuses to drop or alter the table or its triggers.
import { constants, type DatabaseSync } from "node:sqlite";

/** What a request did, named by resource and verb. */
export type AuditAction =
  | "child.create"
  | "child.list"
  | "child.read"
  | "episode.create"
  | "episode.list"
  | "placement.list"
  | "audit.read"
  | "schema.read"
  | "unknown";

/** How a request ended, as the audit trail records it. */
export type AuditOutcome =
  | "ok"
  | "created"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "refused"
  | "error";

export interface AuditEntry {
  readonly requestId: string;
  readonly actor: string | null;
  readonly client: string | null;
  readonly action: AuditAction;
  readonly childRef: number | null;
  readonly episodeRef: number | null;
  readonly status: number;
  readonly outcome: AuditOutcome;
}

/** The outcome the audit trail records for an HTTP status. */
export function outcomeOf(status: number): AuditEntry["outcome"] {
  if (status === 201) return "created";
  if (status < 400) return "ok";
  const named: Record<number, AuditEntry["outcome"]> = {
    401: "unauthenticated",
    403: "forbidden",
    404: "not-found",
    409: "conflict",
  };
  return named[status] ?? (status < 500 ? "refused" : "error");
}

export interface AuditRow extends AuditEntry {
  readonly seq: number;
  readonly at: string;
}

export const AUDIT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS audit (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT    NOT NULL,
    request_id  TEXT    NOT NULL,
    actor       TEXT,
    client      TEXT,
    action      TEXT    NOT NULL,
    child_ref   INTEGER,
    episode_ref INTEGER,
    status      INTEGER NOT NULL,
    outcome     TEXT    NOT NULL
  ) STRICT;
  CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
`;

const PROTECTED = new Set(["audit", "audit_no_update", "audit_no_delete"]);

/** Refuses, on this connection, every statement that would drop or alter the audit table or its triggers. */
export function protectAuditTrail(db: DatabaseSync): void {
  db.setAuthorizer((action, arg1, arg2) => {
    const drops =
      action === constants.SQLITE_DROP_TABLE ||
      action === constants.SQLITE_DROP_TRIGGER ||
      action === constants.SQLITE_ALTER_TABLE;
    // DROP TABLE names the table first; DROP TRIGGER the trigger, then its table; ALTER TABLE the
    // schema, then the table (sqlite.org/c3ref/c_alter_table.html).
    const touches = PROTECTED.has(String(arg1)) || PROTECTED.has(String(arg2));
    return drops && touches ? constants.SQLITE_DENY : constants.SQLITE_OK;
  });
}

export interface AuditLog {
  append(entry: AuditEntry): void;
  list(afterSeq: number, limit: number): AuditRow[];
}

export function auditLog(db: DatabaseSync, now: () => Date): AuditLog {
  const insert = db.prepare(
    `INSERT INTO audit (at, request_id, actor, client, action, child_ref, episode_ref, status, outcome)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare(
    `SELECT seq, at, request_id AS requestId, actor, client, action, child_ref AS childRef,
            episode_ref AS episodeRef, status, outcome
     FROM audit WHERE seq > ? ORDER BY seq LIMIT ?`,
  );
  return {
    append: (e) => {
      insert.run(
        now().toISOString(),
        e.requestId,
        e.actor,
        e.client,
        e.action,
        e.childRef,
        e.episodeRef,
        e.status,
        e.outcome,
      );
    },
    list: (afterSeq, limit) => select.all(afterSeq, limit) as unknown as AuditRow[],
  };
}
