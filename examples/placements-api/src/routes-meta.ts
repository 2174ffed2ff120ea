// /schemas/{name}.json (public: the write schemas hold no personal data) and /audit (its own scope).
import type { Hono } from "hono";
import { type ApiEnv, type RouteDeps, sendProblem } from "./context.ts";
import { guard } from "./guard.ts";
import { problem } from "./problem.ts";
import { readIntegerQuery } from "./query.ts";
import { WRITE_SCHEMAS, type WriteSchemaName, writeSchema } from "./schemas.ts";

const AUDIT_PAGING = [
  { name: "after", min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 },
  { name: "limit", min: 1, max: 1000, fallback: 100 },
] as const;

export function metaRoutes(app: Hono<ApiEnv>, deps: RouteDeps): void {
  const schemas = new Map(WRITE_SCHEMAS.map((name) => [`${name}.json`, JSON.stringify(writeSchema(name))]));
  app.get("/schemas/:file", guard(deps.verify, "schema.read"), (c) => {
    const body = schemas.get(c.req.param("file") as `${WriteSchemaName}.json`);
    if (body === undefined) {
      const names = WRITE_SCHEMAS.map((n) => `${n}.json`).join(", ");
      return sendProblem(c, problem(404, "not-found", "No such schema", `The write schemas are ${names}.`));
    }
    return c.body(body, 200, { "content-type": "application/schema+json" });
  });

  app.get("/audit", guard(deps.verify, "audit.read", "audit"), (c) => {
    const query = readIntegerQuery(c.req.url, AUDIT_PAGING);
    if (!query.ok) {
      const detail =
        "Use only after (a sequence number) and limit (1 to 1000), each once, as plain integers.";
      return sendProblem(c, problem(400, "bad-query", "Bad paging", detail));
    }
    const { after = 0, limit = 100 } = query.values;
    return c.json({ items: deps.store.listAudit(after, limit) });
  });
}
