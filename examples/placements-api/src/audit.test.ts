import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { AUDIT_SCHEMA, type AuditEntry, auditLog, outcomeOf, protectAuditTrail } from "./audit.ts";

const ENTRY: AuditEntry = {
  requestId: "0f8fad5b-d9cb-469f-a165-70867728950e",
  actor: "caseworker-7",
  client: "case-system",
  action: "child.read",
  childRef: 1,
  episodeRef: null,
  status: 200,
  outcome: "ok",
};

function trail() {
  const db = new DatabaseSync(":memory:", { defensive: true });
  db.exec("PRAGMA recursive_triggers = ON; CREATE TABLE other (x INTEGER);");
  db.exec(AUDIT_SCHEMA);
  const log = auditLog(db, () => new Date("2026-12-04T10:00:00Z"));
  log.append(ENTRY);
  log.append({ ...ENTRY, action: "child.create", status: 201, outcome: "created" });
  return { db, log };
}

describe("the audit trail is append-only in SQLite itself", () => {
  it("appends rows with a sequence and a time, and lists them after a sequence number", () => {
    const { log } = trail();
    expect(log.list(0, 10)).toEqual([
      { ...ENTRY, seq: 1, at: "2026-12-04T10:00:00.000Z" },
      {
        ...ENTRY,
        seq: 2,
        at: "2026-12-04T10:00:00.000Z",
        action: "child.create",
        status: 201,
        outcome: "created",
      },
    ]);
    expect(log.list(1, 10).map((r) => r.seq)).toEqual([2]);
  });

  it("refuses UPDATE, DELETE, REPLACE and upsert through the triggers, on any connection", () => {
    const { db, log } = trail();
    const refused = [
      "UPDATE audit SET actor = 'someone-else' WHERE seq = 1",
      "DELETE FROM audit WHERE seq = 1",
      "DELETE FROM audit",
      "INSERT OR REPLACE INTO audit (seq, at, request_id, action, status, outcome) VALUES (1, 'x', 'x', 'unknown', 200, 'ok')",
      "INSERT INTO audit (seq, at, request_id, action, status, outcome) VALUES (1, 'x', 'x', 'unknown', 200, 'ok') ON CONFLICT (seq) DO UPDATE SET actor = 'x'",
    ];
    for (const sql of refused) expect(() => db.exec(sql), sql).toThrow(/append-only/);
    expect(log.list(0, 10).map((r) => r.actor)).toEqual(["caseworker-7", "caseworker-7"]);
  });

  it("refuses dropping or altering the table or its triggers on the API's connection, and nothing else", () => {
    const { db, log } = trail();
    protectAuditTrail(db);
    for (const sql of [
      "DROP TABLE audit",
      "DROP TRIGGER audit_no_delete",
      "DROP TRIGGER audit_no_update",
      "ALTER TABLE audit RENAME TO old_audit",
      "ALTER TABLE audit ADD COLUMN note TEXT",
    ]) {
      expect(() => db.exec(sql), sql).toThrow(/not authorized/);
    }
    expect(log.list(0, 10)).toHaveLength(2);
    db.exec("INSERT INTO other VALUES (1); DROP TABLE other;");
  });

  it("refuses a row of the wrong type (STRICT table)", () => {
    const { db } = trail();
    const sql =
      "INSERT INTO audit (at, request_id, action, status, outcome) VALUES ('x', 'x', 'unknown', 'two hundred', 'ok')";
    expect(() => db.exec(sql)).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});

describe("outcomeOf", () => {
  it("names each status the API answers with", () => {
    const statuses = [200, 201, 400, 401, 403, 404, 409, 413, 415, 422, 500, 503];
    expect(statuses.map(outcomeOf)).toEqual([
      "ok",
      "created",
      "refused",
      "unauthenticated",
      "forbidden",
      "not-found",
      "conflict",
      "refused",
      "refused",
      "refused",
      "error",
      "error",
    ]);
  });
});
