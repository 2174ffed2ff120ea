// /children/{childId}/episodes and /placements: record a care episode, list them, derive placements.
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
import type { StoredChild } from "./db.ts";
import { episodeInContext } from "./domain-checks.ts";
import { guard } from "./guard.ts";
import { placementsOf } from "./placements.ts";
import { validationProblem } from "./problem.ts";
import { validateWrite } from "./validate-write.ts";

type EpisodeWrite =
  | { readonly kind: "no-child" }
  | { readonly kind: "conflicts"; readonly problems: ReturnType<typeof episodeInContext> }
  | { readonly kind: "created"; readonly id: number };

async function createEpisode(c: ApiContext, { store, today }: RouteDeps): Promise<Response> {
  const path = childIdFromPath(c);
  if (!path.ok) return path.response;
  const read = await readJsonBody(c.req.raw);
  if (!read.ok) return bodyProblem(c, read);
  const checked = validateWrite("CareEpisode", read.value, today());
  if (!checked.ok) return sendProblem(c, checked.problem);
  const episode = checked.record;
  if (episode["childId"] !== path.childId) {
    const wrongChild = {
      pointer: "/childId",
      field: "childId",
      detail: "must be the child named in the path",
    };
    return sendProblem(c, validationProblem([wrongChild]));
  }
  // The checks that read the child's other episodes run inside the write's transaction: no concurrent
  // write can add an overlapping episode between the check and the insert.
  const outcome = await store.write((tx): EpisodeWrite => {
    const child = tx.getChild(path.childId);
    c.set("childRef", child?.ref ?? null);
    if (!child) {
      tx.audit(auditEntryOf(c, 404));
      return { kind: "no-child" };
    }
    const existing = tx.listEpisodes(child.ref).map((e) => e.record);
    const problems = episodeInContext(child.record, existing, episode);
    if (problems.length > 0) {
      tx.audit(auditEntryOf(c, 422));
      return { kind: "conflicts", problems };
    }
    const id = tx.insertEpisode(child.ref, String(episode["startDate"]), episode);
    c.set("episodeRef", id);
    tx.audit(auditEntryOf(c, 201));
    return { kind: "created", id };
  });
  c.set("audited", true);
  if (outcome.kind === "no-child") return notFound(c, "Record the child before their episodes.");
  if (outcome.kind === "conflicts") return sendProblem(c, validationProblem(outcome.problems));
  return c.json({ id: outcome.id, ...episode }, 201);
}

function withChild(c: ApiContext, deps: RouteDeps, answer: (child: StoredChild) => Response): Response {
  const path = childIdFromPath(c);
  if (!path.ok) return path.response;
  const child = deps.store.getChild(path.childId);
  if (!child) return notFound(c);
  c.set("childRef", child.ref);
  return answer(child);
}

export function episodeRoutes(app: Hono<ApiEnv>, deps: RouteDeps): void {
  const { verify, store } = deps;
  app.post("/children/:childId/episodes", guard(verify, "episode.create", "write"), (c) =>
    createEpisode(c, deps),
  );
  app.get("/children/:childId/episodes", guard(verify, "episode.list", "read"), (c) =>
    withChild(c, deps, (child) =>
      c.json({ items: store.listEpisodes(child.ref).map((e) => ({ id: e.id, ...e.record })) }),
    ),
  );
  app.get("/children/:childId/placements", guard(verify, "placement.list", "read"), (c) =>
    withChild(c, deps, (child) =>
      c.json({ items: placementsOf(store.listEpisodes(child.ref).map((e) => e.record)) }),
    ),
  );
}
