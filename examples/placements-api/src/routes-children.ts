// /children and /children/{childId}: record a child, list them, read one.
import type { Hono } from "hono";
import { readJsonBody } from "./body.ts";
import {
  type ApiContext,
  type ApiEnv,
  auditEntryOf,
  bodyProblem,
  childIdFromPath,
  notFound,
  type RouteDeps,
  sendProblem,
} from "./context.ts";
import { guard } from "./guard.ts";
import { problem } from "./problem.ts";
import { readIntegerQuery } from "./query.ts";
import { validateWrite } from "./validate-write.ts";

async function createChild(c: ApiContext, { store, today }: RouteDeps): Promise<Response> {
  const read = await readJsonBody(c.req.raw);
  if (!read.ok) return bodyProblem(c, read);
  const checked = validateWrite("LookedAfterChild", read.value, today());
  if (!checked.ok) return sendProblem(c, checked.problem);
  const { record } = checked;
  const childId = String(record["childId"]);
  const created = await store.write((tx) => {
    const existing = tx.getChild(childId);
    c.set("childRef", existing?.ref ?? tx.insertChild(childId, record));
    tx.audit(auditEntryOf(c, existing ? 409 : 201));
    return existing === undefined;
  });
  c.set("audited", true);
  if (!created) {
    return sendProblem(
      c,
      problem(409, "conflict", "Child already recorded", "A child with this identifier exists."),
    );
  }
  return c.json(record, 201, { location: `/children/${encodeURIComponent(childId)}` });
}

const PAGING = [
  { name: "limit", min: 1, max: 1000, fallback: 100 },
  { name: "offset", min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 },
] as const;

function listChildren(c: ApiContext, { store }: RouteDeps): Response {
  const query = readIntegerQuery(c.req.url, PAGING);
  if (!query.ok) {
    const detail = "Use only limit (1 to 1000) and offset (0 or more), each once, as plain integers.";
    return sendProblem(c, problem(400, "bad-query", "Bad paging", detail));
  }
  const { limit = 100, offset = 0 } = query.values;
  return c.json({ total: store.countChildren(), limit, offset, items: store.listChildren(limit, offset) });
}

function readChild(c: ApiContext, { store }: RouteDeps): Response {
  const id = childIdFromPath(c);
  if (!id.ok) return id.response;
  const child = store.getChild(id.childId);
  if (!child) return notFound(c);
  c.set("childRef", child.ref);
  return c.json(child.record);
}

export function childRoutes(app: Hono<ApiEnv>, deps: RouteDeps): void {
  app.post("/children", guard(deps.verify, "child.create", "write"), (c) => createChild(c, deps));
  app.get("/children", guard(deps.verify, "child.list", "read"), (c) => listChildren(c, deps));
  app.get("/children/:childId", guard(deps.verify, "child.read", "read"), (c) => readChild(c, deps));
}
